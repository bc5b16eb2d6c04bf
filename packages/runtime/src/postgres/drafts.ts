import type { DraftRecord } from '../storage/storage.types';
import type { SqlExecutor } from './postgres.types';
import type { Tables } from './rows';
import { fromJson, isoInstant, toJson } from './sql';

/**
 * Drafts in the `drafts` table (migration 7): one row per workflow key, replaced by
 * compare-and-set on `revision` so that two publishers saving at once never overwrite each other.
 */
export function draftStore(db: SqlExecutor, tb: Tables) {
  const recordOf = (row: { record: unknown }) => fromJson<DraftRecord>(row.record);
  return {
    async saveDraft(draft: DraftRecord, expectedRevision: number | null): Promise<boolean> {
      const savedAt = isoInstant(draft?.savedAt, `Draft "${draft?.key}" savedAt`);
      const params = [draft.key, draft.revision, savedAt, draft.savedBy, toJson(draft)];
      const res =
        expectedRevision === null
          ? await db.query(
              `INSERT INTO ${tb.drafts} (key, revision, saved_at, saved_by, record)
               VALUES ($1, $2, $3::timestamptz, $4, $5::json) ON CONFLICT (key) DO NOTHING`,
              params,
            )
          : await db.query(
              `UPDATE ${tb.drafts} SET revision = $2, saved_at = $3::timestamptz, saved_by = $4,
               record = $5::json WHERE key = $1 AND revision = $6`,
              [...params, expectedRevision],
            );
      return res.rowCount === 1;
    },
    async getDraft(key: string): Promise<DraftRecord | null> {
      const res = await db.query<{ record: unknown }>(
        `SELECT record FROM ${tb.drafts} WHERE key = $1`,
        [key],
      );
      return res.rows[0] ? recordOf(res.rows[0]) : null;
    },
    async listDrafts(): Promise<DraftRecord[]> {
      const res = await db.query<{ record: unknown }>(
        `SELECT record FROM ${tb.drafts} ORDER BY key`,
      );
      return res.rows.map(recordOf);
    },
    async deleteDraft(key: string, expectedRevision?: number): Promise<boolean> {
      const res =
        expectedRevision === undefined
          ? await db.query(`DELETE FROM ${tb.drafts} WHERE key = $1`, [key])
          : await db.query(`DELETE FROM ${tb.drafts} WHERE key = $1 AND revision = $2`, [
              key,
              expectedRevision,
            ]);
      return res.rowCount === 1;
    },
  };
}
