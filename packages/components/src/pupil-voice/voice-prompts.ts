/**
 * The schema keeps the pupil's views in one `words` field. The part asks three friendly
 * questions (and "anything else"), so it writes each answer under its question as a line of
 * its own, and reads them back the same way. Text written before any question (from another
 * system, say) is read as "anything else", so nothing anyone wrote is ever lost.
 */
export const voicePrompts = [
  { key: 'goingWell', question: 'What is going well?' },
  { key: 'hard', question: 'What is hard?' },
  { key: 'wouldHelp', question: 'What would help me?' },
  { key: 'anythingElse', question: 'Anything else?' },
] as const;

export type PromptKey = (typeof voicePrompts)[number]['key'];
export type VoiceAnswers = Record<PromptKey, string>;

export function emptyAnswers(): VoiceAnswers {
  return { goingWell: '', hard: '', wouldHelp: '', anythingElse: '' };
}

const byQuestion = new Map<string, PromptKey>(voicePrompts.map((prompt) => [prompt.question, prompt.key]));

export function answersFromWords(words: string): VoiceAnswers {
  const answers = emptyAnswers();
  const lines: Record<PromptKey, string[]> = { goingWell: [], hard: [], wouldHelp: [], anythingElse: [] };
  let current: PromptKey = 'anythingElse';
  for (const line of words.split(/\r?\n/)) {
    const heading = byQuestion.get(line.trim());
    if (heading) current = heading;
    else lines[current].push(line);
  }
  for (const prompt of voicePrompts) answers[prompt.key] = lines[prompt.key].join('\n').trim();
  return answers;
}

export function wordsFromAnswers(answers: VoiceAnswers): string {
  return voicePrompts
    .filter((prompt) => answers[prompt.key].trim() !== '')
    .map((prompt) => `${prompt.question}\n${answers[prompt.key].trim()}`)
    .join('\n\n');
}
