import type { CalendarSpec, WorkflowDefinition } from '@deskkit/runtime';
import type { FieldChoice, ShowText } from '@deskkit/forms';
import type { Translator } from '../i18n/messages';
import type { Recipe } from '../model/edits';
import type { DirectorySource } from './PrincipalPicker';

/** A workflow a sub-workflow node may run, as the host lists them. */
export interface WorkflowChoice {
  key: string;
  name: string;
  /** Published versions, to pin one. */
  versions?: number[];
  /** The child's form fields, offered in field mappings. */
  fields?: FieldChoice[];
}

/** What every inspector part needs: the definition, a way to change it, and host data sources. */
export interface InspectorEnv {
  def: WorkflowDefinition;
  edit(recipe: Recipe, coalesce?: string): void;
  t: Translator;
  /** Shows a definition text in the UI locale (a text may carry a variant per locale). */
  text: ShowText;
  fields: readonly FieldChoice[];
  directory?: DirectorySource;
  workflows?: readonly WorkflowChoice[];
  calendars?: readonly string[];
  /** Calendar specs by name, when the host passed them: working days in duration inputs. */
  calendarSpecs?: Readonly<Record<string, CalendarSpec>>;
  rotas?: readonly string[];
  handlers?: readonly string[];
  /** Id prefix for datalists of this designer instance. */
  listId: string;
}
