import type { FormDataSource, FormDirectory, UploadFn } from '@deskkit/forms';
import { useMemo } from 'react';
import { demoDataSources } from '../desk/dataSources';
import { useDesk } from '../desk/DeskContext';
import { organisationDirectory } from '../desk/people';
import { uploadAsDataUrl } from '../desk/upload';

/** What every form of the desk needs: the directory for pickers, data sources, file upload. */
export function useFormServices(): {
  directory: FormDirectory;
  dataSources: Record<string, FormDataSource>;
  upload: UploadFn;
} {
  const { client, organisation } = useDesk();
  return useMemo(
    () => ({
      directory: organisationDirectory(organisation),
      dataSources: demoDataSources(client),
      upload: (file: File) => uploadAsDataUrl(file),
    }),
    [client, organisation],
  );
}
