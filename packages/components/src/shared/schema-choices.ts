import { commonSchema } from '@isp-kit/schemas';
import { isRecord } from './is-record.js';

export interface Choice {
  value: string;
  label: string;
}

/**
 * The choices of an enum in the shared schema (`enum` with its `enumTitles`), so a part offers
 * exactly what the schema accepts and a new value in the schema needs no change here.
 */
export function commonEnumChoices(defName: string): Choice[] {
  const defs = isRecord(commonSchema) ? commonSchema.$defs : undefined;
  const node = isRecord(defs) ? defs[defName] : undefined;
  if (!isRecord(node) || !Array.isArray(node.enum)) return [];
  const titles = Array.isArray(node.enumTitles) ? node.enumTitles : [];
  return node.enum
    .filter((value): value is string => typeof value === 'string')
    .map((value, index) => ({ value, label: typeof titles[index] === 'string' ? (titles[index] as string) : value }));
}
