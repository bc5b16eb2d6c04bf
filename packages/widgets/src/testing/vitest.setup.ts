import { configure } from '@testing-library/react';

// Widgets load their data asynchronously; on a loaded CI machine the first answer can take longer
// than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5000 });
