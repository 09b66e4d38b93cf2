"use client";

import { createInstance } from "i18next";
import { useState, type ReactNode } from "react";
import { I18nextProvider, initReactI18next } from "react-i18next";

interface Props {
  lng: string;
  ns: string;
  /** Only the namespace this page needs, passed from the server: nothing is fetched. */
  strings: object;
  children: ReactNode;
}

/** react-i18next for the client-heavy pages (vocabulary, review); the reader passes plain strings instead. */
export function ClientI18n({ lng, ns, strings, children }: Props) {
  const [i18n] = useState(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({
      lng,
      resources: { [lng]: { [ns]: strings } },
      ns: [ns],
      defaultNS: ns,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    return instance;
  });
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
