import type { FormDataSource, FormDirectory, UploadFn } from '@deskkit/forms';
import { useMemo } from 'react';
import { demoDataSources } from '../desk/dataSources';
import { useDesk } from '../desk/DeskContext';
import { uploadAsDataUrl } from '../desk/upload';

/** What every form of the desk needs: the directory for pickers, data sources, file upload. */
export function useFormServices(): {
  directory: FormDirectory;
  dataSources: Record<string, FormDataSource>;
  upload: UploadFn;
} {
  const { desk } = useDesk();
  // The desk rebuilds its runtime and directory when an admin edits them: follow the current ones.
  const { runtime, directory } = desk;
  return useMemo(
    () => ({
      directory,
      dataSources: demoDataSources(runtime),
      upload: (file: File) => uploadAsDataUrl(file),
    }),
    [runtime, directory],
  );
}
