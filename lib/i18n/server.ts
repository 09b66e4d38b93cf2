import "server-only";
import { createInstance, type TFunction } from "i18next";
import { resources } from "./resources";
import { defaultLocale, type Locale } from "./settings";

type Ns = keyof (typeof resources)["en"];

const instances = new Map<Locale, ReturnType<typeof createInstance>>();

/**
 * One i18next instance per language, created once and never switched: the locale is passed in
 * explicitly (from the URL), so concurrent requests in different languages cannot interfere and
 * pages stay statically renderable.
 */
function instanceFor(lng: Locale) {
  let instance = instances.get(lng);
  if (!instance) {
    instance = createInstance();
    void instance.init({
      lng,
      fallbackLng: defaultLocale,
      resources,
      ns: Object.keys(resources.en),
      defaultNS: "common",
      interpolation: { escapeValue: false }, // React escapes
      initAsync: false,
    });
    instances.set(lng, instance);
  }
  return instance;
}

export function getT<N extends Ns>(lng: Locale, ns: N): TFunction<N> {
  return instanceFor(lng).getFixedT(lng, ns);
}
