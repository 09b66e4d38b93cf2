import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { readerShortcuts } from "@/lib/reader/shortcuts";

/** The `?` help: every reader shortcut, listed from the same data the key handler uses. */
export function ShortcutsDialog({ lng }: { lng: Locale }) {
  const t = getT(lng, "reader");
  return (
    <dialog className="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t("shortcuts.title")}</h2>
      <table>
        <tbody>
          {readerShortcuts.map((shortcut) => (
            <tr key={shortcut.action}>
              <th scope="row">
                {shortcut.keys.map((key) => (
                  <kbd key={key}>{t(`shortcuts.keys.${key}`, { defaultValue: key })}</kbd>
                ))}
              </th>
              <td>{t(`shortcuts.actions.${shortcut.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="switch" autoFocus>
          {t("shortcuts.close")}
        </button>
      </form>
    </dialog>
  );
}
