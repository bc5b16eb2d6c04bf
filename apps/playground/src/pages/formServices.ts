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
  return useMemo(
    () => ({
      directory: desk.directory,
      dataSources: demoDataSources(desk.runtime),
      upload: (file: File) => uploadAsDataUrl(file),
    }),
    [desk],
  );
}
