// Moved to lib/glossary: the article's document builder compares curated and automatic grammar too.
export { agrees, readCurated, type Expected } from "../../lib/glossary/curated-grammar";
