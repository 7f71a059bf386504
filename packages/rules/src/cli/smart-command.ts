import { checkSmartTarget } from '../smart/index.js';
import { type CliIo, EXIT_OK, EXIT_RECORD_FAILED } from './cli-io.js';
import { type JsonRecord, type RecordId, optionalString, processJsonl, requireString } from './jsonl.js';

/**
 * `isp-rules smart --jsonl`: reads `{"id", "text", "pupilName"?}` lines and writes
 * `{"id", "smart", "elements": {who, observableAction, …}}` lines.
 */
export async function smartCommand(io: CliIo): Promise<number> {
  const { failed } = await processJsonl(io.stdin, io.stdout, smartLine, io.onRecordFailed);
  return failed > 0 ? EXIT_RECORD_FAILED : EXIT_OK;
}

function smartLine(record: JsonRecord, id: RecordId): JsonRecord {
  const text = requireString(record, 'text');
  const pupilName = optionalString(record, 'pupilName');
  const locale = optionalString(record, 'locale');
  const result = checkSmartTarget(text, {
    ...(pupilName === undefined ? {} : { pupilName }),
    ...(locale === undefined ? {} : { locale }),
  });
  return { id, smart: result.smart, elements: result.elements };
}
