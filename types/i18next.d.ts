import type { Resources } from "../lib/i18n/resources";

// English strings are the type source: a key missing from locales/en is a compile error.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Resources;
  }
}
