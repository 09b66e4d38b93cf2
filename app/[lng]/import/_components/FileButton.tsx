"use client";

import { decodeFile, MAX_FILE_BYTES, type FileText } from "@/lib/texts/read-file";

/** Opens a .txt file and hands back its decoded text (or why it could not be read). */
export function FileButton({ label, onText }: { label: string; onText: (name: string, result: FileText | { ok: false; problem: "unreadable" }) => void }) {
  return (
    <label className="switch file-button">
      {label}
      <input
        type="file"
        accept=".txt,text/plain"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = "";
          if (!file) return;
          if (file.size > MAX_FILE_BYTES) return onText(file.name, { ok: false, problem: "too-large" });
          file
            .arrayBuffer()
            .then((buffer) => onText(file.name, decodeFile(new Uint8Array(buffer))))
            .catch(() => onText(file.name, { ok: false, problem: "unreadable" }));
        }}
      />
    </label>
  );
}
