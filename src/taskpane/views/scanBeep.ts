/**
 * A short tone through Web Audio (no sound file, no network): high for a good scan, low and longer for a
 * refusal, so the packer hears a wrong item without looking at the screen. Silent where there is no audio.
 */
export function scanBeep(tone: "ok" | "error"): void {
  const Context = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Context) return;
  try {
    const audio = new Context();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = tone === "ok" ? "sine" : "square";
    oscillator.frequency.value = tone === "ok" ? 1200 : 220;
    gain.gain.value = 0.15;
    oscillator.connect(gain);
    gain.connect(audio.destination);
    const seconds = tone === "ok" ? 0.08 : 0.35;
    oscillator.start();
    oscillator.stop(audio.currentTime + seconds);
    oscillator.onended = () => void audio.close();
  } catch {
    // Audio is a courtesy: the colour and the text still say what happened.
  }
}
