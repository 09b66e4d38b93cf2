"use client";

import { forwardRef } from "react";
import type { ReaderLabels } from "./labels";

/** The `?` help: every reader key, listed from the same data the key handler uses. */
export const ShortcutsDialog = forwardRef<HTMLDialogElement, { labels: ReaderLabels["shortcuts"] }>(function ShortcutsDialog({ labels }, ref) {
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{labels.title}</h2>
      <table>
        <tbody>
          {labels.rows.map((row) => (
            <tr key={row.action}>
              <th scope="row">
                {row.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </th>
              <td>{row.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="switch" autoFocus>
          {labels.close}
        </button>
      </form>
    </dialog>
  );
});
