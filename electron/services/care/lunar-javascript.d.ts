// The few parts of lunar-javascript (6tail, MIT, no types of its own) that letterOccasions.ts uses.
declare module 'lunar-javascript' {
  interface Solar {
    toYmd(): string;
  }
  interface Lunar {
    getSolar(): Solar;
  }
  export const Lunar: { fromYmd(year: number, month: number, day: number): Lunar };
}
