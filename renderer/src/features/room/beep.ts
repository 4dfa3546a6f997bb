// A short two-tone beep (WebAudio, no sound file): a child is waiting for a teacher to see her leave.
let context: AudioContext | null = null;

export function beep(): void {
  try {
    context ??= new AudioContext();
    const ctx = context;
    [880, 660].forEach((frequency, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = frequency;
      gain.gain.value = 0.2;
      osc.connect(gain).connect(ctx.destination);
      const start = ctx.currentTime + i * 0.25;
      osc.start(start);
      osc.stop(start + 0.2);
    });
  } catch {
    // No audio device: the banner still shows.
  }
}
