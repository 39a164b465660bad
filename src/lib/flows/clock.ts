/**
 * The animation's clock, apart from any drawing: flows are drawn at `time()`, so pausing freezes them and a test
 * or screenshot can seek to a fixed moment. Time advances only while the reader wants motion (`playing`) and
 * nothing suspends it (tab hidden, map scrolled out of view): resuming continues where it stopped, no jump.
 */
export type ClockListener = (clock: FlowClock) => void;

export class FlowClock {
  private elapsed = 0; // animation seconds accumulated before `since`
  private since: number | null = null; // wall-clock ms when the current run started
  private _playing: boolean;
  private _suspended = false;
  private listeners = new Set<ClockListener>();

  /** `now` gives wall-clock milliseconds (performance.now in the browser, a counter in tests). */
  constructor(
    private readonly now: () => number,
    { playing = true }: { playing?: boolean } = {},
  ) {
    this._playing = playing;
    this.sync();
  }

  /** Whether the reader wants motion (the play/pause button). */
  get playing(): boolean {
    return this._playing;
  }
  get suspended(): boolean {
    return this._suspended;
  }
  /** True when frames should be drawn: playing and not suspended. */
  get running(): boolean {
    return this._playing && !this._suspended;
  }

  /** Animation time in seconds. */
  time(): number {
    return this.since === null ? this.elapsed : this.elapsed + (this.now() - this.since) / 1000;
  }

  play(): void {
    this.set(true, this._suspended);
  }
  pause(): void {
    this.set(false, this._suspended);
  }
  toggle(): void {
    this.set(!this._playing, this._suspended);
  }
  /** Suspend without changing what the reader chose (hidden tab, map off-screen). */
  setSuspended(suspended: boolean): void {
    this.set(this._playing, suspended);
  }
  /** Jump to a moment (keeps running or stopped as it was). */
  seek(seconds: number): void {
    this.elapsed = seconds;
    if (this.since !== null) this.since = this.now();
    this.emit();
  }

  subscribe(listener: ClockListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(playing: boolean, suspended: boolean): void {
    if (playing === this._playing && suspended === this._suspended) return;
    this.elapsed = this.time();
    this._playing = playing;
    this._suspended = suspended;
    this.sync();
    this.emit();
  }

  private sync(): void {
    this.since = this.running ? this.now() : null;
  }

  private emit(): void {
    for (const l of this.listeners) l(this);
  }
}
