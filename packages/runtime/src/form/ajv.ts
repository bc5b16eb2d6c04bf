import AjvModule from 'ajv';
import type { Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { regexEngine } from '../expressions/regex';

type AjvClass = typeof AjvModule;
type AddFormats = typeof addFormatsModule;

// ajv and ajv-formats are CommonJS: bundlers hand either the class or `{ default: class }`.
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as AddFormats;

/**
 * ajv builds `pattern` and `patternProperties` with this: RE2JS (linear time) once the runtime
 * loaded it (`loadPatternEngine`), `RegExp` before.
 */
const regExp = Object.assign(
  (source: string, flags: string) => {
    const Linear = regexEngine()?.LinearRegExp;
    return Linear ? new Linear(source, flags) : new RegExp(source, flags);
  },
  { code: 'RegExp' },
);

/** A configured ajv instance with the standard formats (`email`, `date`, `date-time`, `uri`, ...). */
export function createAjv(options: Options = {}): InstanceType<AjvClass> {
  const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp }, ...options });
  addFormats(ajv);
  return ajv;
}
