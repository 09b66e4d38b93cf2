import { describe, expect, it } from "vitest";
import { mapSegments } from "@/lib/translate/segments";

const sentences = ["Hann kom.", "Hún fór „heim“.", "Enginn sá það."];

describe("mapping a batched reply back to sentences", () => {
  it("maps one segment per sentence, in order", () => {
    const segments = [
      { orig: "Hann kom.\n", trans: "He came.\n" },
      { orig: "Hún fór „heim“.\n", trans: "She went “home”.\n" },
      { orig: "Enginn sá það.", trans: "No one saw it." },
    ];
    expect(mapSegments(sentences, segments)).toEqual(["He came.", "She went “home”.", "No one saw it."]);
  });

  it("joins a sentence the service split into several segments", () => {
    const segments = [
      { orig: "Hann kom.\n", trans: "He came.\n" },
      { orig: "Hún fór ", trans: "She went " },
      { orig: "„heim“.\n", trans: "“home”.\n" },
      { orig: "Enginn sá það.", trans: "No one saw it." },
    ];
    expect(mapSegments(sentences, segments)).toEqual(["He came.", "She went “home”.", "No one saw it."]);
  });

  it("leaves merged sentences unmapped, keeping the others", () => {
    const segments = [
      { orig: "Hann kom.\nHún fór „heim“.\n", trans: "He came and she went home.\n" },
      { orig: "Enginn sá það.", trans: "No one saw it." },
    ];
    expect(mapSegments(sentences, segments)).toEqual([undefined, undefined, "No one saw it."]);
  });

  it("maps nothing when the reply does not match the source", () => {
    expect(mapSegments(sentences, [{ orig: "Something else.", trans: "x" }])).toEqual([undefined, undefined, undefined]);
  });
});
