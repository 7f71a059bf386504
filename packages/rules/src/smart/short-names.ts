// Pupils are often written about by a short form of their name ("Hattie" for Harriet, "Alex"
// for Alexander). A name no longer than one of the pupil's and sharing its first three letters
// is taken as such a form, as are four letters or more within a longer name and the start
// of one with a pet ending ("Ify" for Ifeoma); these are the common ones that are none of those.
const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    'bill billy liam>william|bob bobby>robert|dick rick ricky>richard|ted ned>edward|teddy>edward theodore|harry hal>henry|jack>john|' +
    'jim jimmy>james|peggy maggie meg peg>margaret|liz lizzie libby beth betty bess elsie>elizabeth|polly molly>mary|' +
    'sasha sacha sandy>alexander alexandra aleksandra aleksander oleksandr aleksandr|izzy bella>isabella isabel isobel|kitty cathy>katherine catherine|' +
    'hattie hatty>harriet|sally>sarah|nell nellie>eleanor ellen helen|chuck>charles|lottie>charlotte|ollie olly>oliver olivia|' +
    'tom tommy>thomas|tony>anthony antony|jake>jacob|becky>rebecca|evie>evelyn|mo>mohammed muhammad mohammad|' +
    'jo>joanna joanne josephine jocelyn|ed eddie>edward edmund|abby abbie>abigail|ellie>eleanor elena ellen|millie>amelia millicent|' +
    'em>emily emma emilia|al>alan alistair alasdair|di>diana|rosie>rose rosalind|' +
    'kasia kasha>katarzyna|gosia>malgorzata|ola>aleksandra|basia>barbara|zosia>zofia|kuba>jakub|bartek>bartosz|wojtek>wojciech|tomek>tomasz|franek>franciszek|olek>aleksander aleksy|katya katia>ekaterina yekaterina'
  )
    .split('|')
    .flatMap((entry) => {
      const [shorts, fulls] = entry.split('>') as [string, string];
      return shorts.split(' ').map((short) => [short, fulls.split(' ')] as const);
    }),
);

// "Ify" for Ifeoma, "Danny" for Daniel: the start of the name and a pet ending.
const PET_ENDING = /^(.{2,}?)(.)?\2?(?:y|ie|i)$/;

/** True when `name` (lower case) is a short form of one of the pupil's name parts. */
export function isShortForm(name: string, parts: readonly string[]): boolean {
  const fulls = SHORT_FORMS.get(name);
  const pet = PET_ENDING.exec(name);
  return parts.some(
    (part) =>
      (name.length >= 3 && name.length <= part.length && name.slice(0, 3) === part.slice(0, 3)) ||
      // Part of a longer name: "Tobi" for Oluwatobi, "Ella" for Gabriella, "Tomi" for Oluwatomiwa.
      (name.length >= 4 && part.length > name.length && part.includes(name)) ||
      (pet !== null && part.length > name.length - 1 && part.startsWith(pet[1]! + (pet[2] ?? ''))) ||
      fulls?.includes(part) === true,
  );
}
