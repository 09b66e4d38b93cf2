/**
 * Fills {{name}} placeholders of an already translated string handed to a client island as a
 * prop (islands get plain strings, not i18next), e.g. "{{count}} words".
 */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(values[name] ?? ""));
