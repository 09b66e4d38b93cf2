"use client";

import { pickIcelandicVoice } from "@/lib/reader/voices";

export interface SpeechMessages {
  noVoice: string;
  unsupported: string;
}

/** A sentence to read: its text from the document, and the id of its pair, to highlight it while spoken. */
export interface Spoken {
  id: string;
  text: string;
}

/**
 * Reads sentences aloud with an Icelandic voice, highlighting each pair while it is spoken.
 * Voices load asynchronously in Chromium, so the list is asked for again when it changes.
 */
export function speakSentences(sentences: readonly Spoken[], messages: SpeechMessages, announce: (text: string) => void) {
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
  for (const sentence of sentences) {
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    // The highlight is presentation only: the pair is found by its id, the text came from the document.
    const pair = () => document.getElementById(sentence.id);
    utterance.onstart = () => {
      clearSpeaking();
      pair()?.classList.add("speaking");
      pair()?.scrollIntoView({ block: "nearest" });
    };
    utterance.onend = () => pair()?.classList.remove("speaking");
    utterance.onerror = () => pair()?.classList.remove("speaking");
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
