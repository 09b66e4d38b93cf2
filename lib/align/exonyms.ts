import { nameKey } from "./name-key";

/**
 * Place names Icelandic and English spell too differently for the folded key to meet
 * ("Þýskalandi"/"Germany"), as data: Icelandic stem → English names and adjectives.
 */
const PAIRS: readonly [string, readonly string[]][] = [
  ["Ísland", ["Iceland", "Icelandic"]], ["Íslendingar", ["Icelanders", "Icelandic"]],
  ["Þýskaland", ["Germany", "German", "Germans"]], ["Þjóðverjar", ["Germans", "German"]],
  ["Svíþjóð", ["Sweden", "Swedish"]], ["Svíar", ["Swedes", "Swedish"]], ["Danmörk", ["Denmark", "Danish"]],
  ["Danir", ["Danes", "Danish"]], ["Noregur", ["Norway", "Norwegian"]], ["Norðmenn", ["Norwegians"]],
  ["Finnland", ["Finland", "Finnish"]], ["Færeyjar", ["Faroe", "Faroese"]], ["Grænland", ["Greenland"]],
  ["Bretland", ["Britain", "British", "UK"]], ["Bretar", ["British", "Britons"]], ["England", ["England", "English"]],
  ["Frakkland", ["France", "French"]], ["Spánn", ["Spain", "Spanish"]], ["Ítalía", ["Italy", "Italian"]],
  ["Rússland", ["Russia", "Russian"]], ["Rússar", ["Russians", "Russian"]], ["Úkraína", ["Ukraine", "Ukrainian"]],
  ["Pólland", ["Poland", "Polish"]], ["Kína", ["China", "Chinese"]], ["Japan", ["Japan", "Japanese"]],
  ["Bandaríkin", ["United", "States", "US", "USA", "American", "America"]], ["Bandaríkjamenn", ["Americans", "American", "US"]],
  ["Kanada", ["Canada", "Canadian"]], ["Sýrland", ["Syria", "Syrian"]], ["Egyptaland", ["Egypt", "Egyptian"]],
  ["Evrópa", ["Europe", "European"]], ["Evrópusambandið", ["EU", "European"]], ["Sameinuðu", ["United", "UN"]],
  ["Mið-Austurlönd", ["Middle"]], ["Austurland", ["East"]], ["Norðurland", ["North"]], ["Suðurland", ["South"]],
  ["Vesturland", ["West"]], ["Vestfirðir", ["Westfjords"]], ["Alþingi", ["Parliament", "Althingi"]],
  ["Reykjavík", ["Reykjavík", "Reykjavik"]], ["Vín", ["Vienna"]], ["Kaupmannahöfn", ["Copenhagen"]],
];

/** Folded key of an Icelandic name → the folded keys its English names may have. */
export const exonyms: ReadonlyMap<string, readonly string[]> = new Map(PAIRS.map(([is, en]) => [nameKey(is), en.map(nameKey)]));
