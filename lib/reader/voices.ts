/** The subset of SpeechSynthesisVoice this logic needs, so it can be tested without a browser. */
export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
}

/**
 * An Icelandic voice (is, is-IS), preferring one that runs locally. Never another language's voice:
 * Icelandic read with English rules would teach the wrong sounds.
 */
export function pickIcelandicVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const icelandic = voices.filter((voice) => /^is(?:[-_]|$)/i.test(voice.lang));
  return icelandic.find((voice) => voice.localService) ?? icelandic[0];
}
