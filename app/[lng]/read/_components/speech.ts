"use client";

import { pickIcelandicVoice } from "@/lib/reader/voices";

export interface SpeechMessages {
  noVoice: string;
  unsupported: string;
}

/**
 * Reads sentences aloud with an Icelandic voice, highlighting each pair while it is spoken.
 * Voices load asynchronously in Chromium, so the list is asked for again when it changes.
 */
export function speakPairs(pairs: HTMLElement[], messages: SpeechMessages, announce: (text: string) => void) {
  const synth = typeof window !== "undefined" ? window.speechSynthesis : undefined;
  if (!synth || typeof SpeechSynthesisUtterance === "undefined") {
    announce(messages.unsupported);
    return;
  }
  const voice = pickIcelandicVoice(synth.getVoices());
  if (!voice) {
    announce(messages.noVoice);
    return;
  }
  stopSpeaking();
  for (const pair of pairs) {
    // The pair carries its sentence verbatim: the <p>'s textContent would include the glosses.
    const utterance = new SpeechSynthesisUtterance(pair.dataset.text ?? "");
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onstart = () => {
      clearSpeaking();
      pair.classList.add("speaking");
      pair.scrollIntoView({ block: "nearest" });
    };
    utterance.onend = () => pair.classList.remove("speaking");
    utterance.onerror = () => pair.classList.remove("speaking");
    synth.speak(utterance);
  }
}

function clearSpeaking() {
  for (const element of document.querySelectorAll(".pair.speaking")) element.classList.remove("speaking");
}

export function stopSpeaking() {
  window.speechSynthesis?.cancel();
  clearSpeaking();
}
