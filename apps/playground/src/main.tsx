import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@deskkit/forms/style.css';
import '@deskkit/designer/style.css';
import '@deskkit/widgets/style.css';
import './app.css';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('Deskkit playground: #root element is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
