#!/usr/bin/python3
"""baseline_align.py: the simple energy-VAD + DP turn aligner issue 12 compares us with.

Written to measure that baseline on our own calls (scripts/score-alignment.sh with
BASELINE=1 scores it next to the engine); not used by the product.

  baseline_align.py CALL_DIR [OUT.json]      (default OUT = CALL_DIR/aligned.json)

1. decode recording.wav (8 kHz 16-bit, mono or stereo) with the wave module;
2. per channel, 10 ms frame log-energy; noise floor = 10th percentile; a frame is speech if it
   is LOW_DB above the floor (stereo: and not more than XTALK_DB below the other channel, so
   that bleed is not speech); runs are merged across gaps < MERGE_MS, kept if they reach
   HIGH_DB above the floor and last >= MIN_SEG_MS; HANG_MS is added to each end;
3. DP: the ordered transcript turns are aligned monotonically onto the time-ordered segments;
   a turn takes a run of consecutive segments (its own channel only in stereo; any in mono),
   cost = W_LEN * |ln(span / expected)| with expected = chars * speaker rate (ms/char);
   a segment not used by any turn costs SKIP0 + SKIP1 * seconds; a pause inside a turn costs
   GAP1 * (seconds beyond GAP_FREE_MS). The rate is first estimated as speech time /
   characters, then re-estimated (per speaker median) from the first alignment; DP run again.
4. stereo: both channel maps are tried; the cheaper DP wins.
Optional (SPEAKER=1, mono only; NOT part of the plain baseline): a 2-Gaussian cepstral speaker
model trained on the pass-2 alignment; segments are cut at energy dips and speaker-score sign
changes; each piece costs W_SPK * (evidence for the other speaker); DP run a third time.
"""
import json, math, os, re, sys, time, wave
import numpy as np

FRAME_MS = 10
LOW_DB = 6.0          # frame speech threshold above the noise floor
HIGH_DB = 15.0        # a segment must peak this far above the floor
XTALK_DB = 15.0       # stereo: own frame must be within this of the other channel
MERGE_MS = 120        # fill pauses shorter than this
MIN_SEG_MS = 40
HANG_MS = 30          # hangover added to the end of every segment
W_LEN = 2.0           # cost per unit |ln(span / expected)|
SKIP0, SKIP1 = 2.0, 1.0
GAP1 = 2.0            # cost per second of pause inside a turn beyond GAP_FREE_MS
GAP_FREE_MS = 200
MAX_SEGS = 60         # max segments one turn may take
SPEAKER = 0           # optional speaker-cue extension (mono)
CUT = 1.5             # ...: cost of a turn boundary inside a speech segment (no pause)
DIP_MS = 150          # ...: energy-dip cut candidates = local minima over +-DIP_MS
W_SPK = 1.0           # ...: cost per second-equivalent of other-speaker evidence
LLR_CLIP = 5.0
GRID_MS = 0           # ...: extra cut candidates every GRID_MS inside segments (0 = none)

for _k, _v in os.environ.items():                                  # tuning hook: BL_NAME=value
    if _k.startswith("BL_") and _k[3:] in globals():
        globals()[_k[3:]] = type(globals()[_k[3:]])(_v)


def read_wav(path):
    with wave.open(path) as w:
        rate, nch = w.getframerate(), w.getnchannels()
        x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768.0
    return rate, x.reshape(-1, nch).T


def frame_db(x, rate):
    n = rate * FRAME_MS // 1000
    m = len(x) // n
    e = np.mean(x[:m * n].reshape(m, n) ** 2, axis=1)
    return 10 * np.log10(e + 1e-12)


def runs(mask):
    """[(start, end)) of True runs."""
    d = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return list(zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]))


def vad(db, other=None):
    floor = np.percentile(db, 10)
    act = db > floor + LOW_DB
    if other is not None:
        act &= db > other - XTALK_DB
    segs = []
    merge = MERGE_MS // FRAME_MS
    for s, e in runs(act):
        if segs and s - segs[-1][1] < merge:
            segs[-1][1] = e
        else:
            segs.append([s, e])
    return [(s * FRAME_MS, e * FRAME_MS + HANG_MS) for s, e in segs
            if (e - s) * FRAME_MS >= MIN_SEG_MS and db[s:e].max() > floor + HIGH_DB]


def parse_turns(call):
    tr = call["response"]["calls"][0]["transcript"]
    turns = []
    for line in tr.split("\n"):
        m = re.match(r"\s*(bot|human|assistant|user)\s*:\s*(.*)$", line, re.I)
        if m:
            spk = "bot" if m.group(1).lower() in ("bot", "assistant") else "human"
            turns.append((spk, max(1, len(m.group(2).strip()))))
    return turns


def align(turns, segs, chan_of, rate, llr=None):
    """turns: [(speaker, chars)]; segs: [(start, end, ch, joined)] sorted by start; chan_of:
    speaker -> ch or None (any); rate: speaker -> ms/char; llr: optional per-segment speaker
    evidence (+ bot, - human). Returns (cost, [(first_seg, last_seg)] per turn)."""
    N, M = len(turns), len(segs)
    INF = float("inf")
    skip = [SKIP0 + SKIP1 * (sg[1] - sg[0]) / 1000 for sg in segs]
    dp = np.full((N + 1, M + 1), INF)
    back = {}
    dp[0][0] = 0.0
    for i in range(N + 1):
        for j in range(M + 1):
            c = dp[i][j]
            if c == INF:
                continue
            if j < M and c + skip[j] < dp[i][j + 1]:                 # skip segment j
                dp[i][j + 1] = c + skip[j]
                back[(i, j + 1)] = (i, j, None)
            if i == N or j == M:
                continue
            spk, ch = turns[i]
            want = chan_of[spk]
            if want is not None and segs[j][2] != want:
                continue
            exp = ch * rate[spk]
            sgn = 1 if spk == "bot" else -1
            if segs[j][3]:
                c += CUT
            extra, gap, last, taken = 0.0, 0.0, segs[j][1], 0
            for k in range(j, M):
                if want is not None and segs[k][2] != want:
                    extra += skip[k]                                # other channel inside the turn
                    continue
                if k > j:
                    gap += max(0, segs[k][0] - last - GAP_FREE_MS)
                if llr is not None:
                    extra += W_SPK * max(0.0, -sgn * llr[k])
                last = max(last, segs[k][1])
                taken += 1
                if taken > MAX_SEGS:
                    break
                span = last - segs[j][0]
                cost = c + W_LEN * abs(math.log(span / exp)) + extra + GAP1 * gap / 1000
                if cost < dp[i + 1][k + 1]:
                    dp[i + 1][k + 1] = cost
                    back[(i + 1, k + 1)] = (i, j, k)
                if span > 4 * exp + 3000:
                    break
    if dp[N][M] == INF:
        return INF, None
    res, i, j = [None] * N, N, M
    while (i, j) != (0, 0):
        pi, pj, k = back[(i, j)]
        if k is not None:
            res[pi] = (pj, k)
        i, j = pi, pj
    return float(dp[N][M]), res


def spans(res, segs, turns, chan_of):
    out = []
    for (spk, _), (a, b) in zip(turns, res):
        want = chan_of[spk]
        own = [s for s in segs[a:b + 1] if want is None or s[2] == want]
        out.append((own[0][0], max(s[1] for s in own)))
    return out


def run(turns, segs, chan_of):
    """Two DP passes (rate re-estimated in between). Returns (cost, spans, rate)."""
    rate = {}
    for spk in ("bot", "human"):
        want = chan_of[spk]
        sp = sum(sg[1] - sg[0] for sg in segs if want is None or sg[2] == want)
        ch = sum(n for s2, n in turns if want is None or s2 == spk)
        rate[spk] = sp / max(1, ch)
    cost, res = align(turns, segs, chan_of, rate)
    if res is None:
        return cost, None, rate
    sp = spans(res, segs, turns, chan_of)
    for spk in ("bot", "human"):
        r = [(e - s) / n for (s, e), (s2, n) in zip(sp, turns) if s2 == spk]
        if r:
            rate[spk] = float(np.median(r))
    c2, r2 = align(turns, segs, chan_of, rate)
    if r2 is not None:
        cost, res = c2, r2
    return cost, spans(res, segs, turns, chan_of), rate


# ---- optional speaker-cue extension (mono) ----
def cepstra(x, n_frames):
    """12 cepstral coefficients per 10 ms frame (32 ms Hann window, 20 linear bands)."""
    hop, win = 80, 256
    xp = np.concatenate([np.zeros(88, np.float32), x, np.zeros(win, np.float32)])
    idx = np.arange(n_frames)[:, None] * hop + np.arange(win)[None, :]
    spec = np.abs(np.fft.rfft(xp[idx] * np.hanning(win), axis=1)) ** 2
    edges = np.linspace(2, 120, 21).astype(int)                     # ~60 Hz .. 3.75 kHz
    bands = np.log(np.stack([spec[:, a:b].sum(1) for a, b in zip(edges[:-1], edges[1:])], 1) + 1e-10)
    n = np.arange(20)
    dct = np.cos(np.pi / 20 * (n[None, :] + 0.5) * np.arange(1, 13)[:, None])
    return bands @ dct.T


def speaker_pass(turns, segs, sp, rate, x, db):
    n = len(db)
    feat = cepstra(x, n)
    speech = db > np.percentile(db, 10) + LOW_DB
    lab = np.zeros(n, int)
    for (spk, _), (s, e) in zip(turns, sp):                          # trust turn interiors
        a, b = (s + 300) // FRAME_MS, (e - 300) // FRAME_MS
        if b > a:
            lab[a:b] = 1 if spk == "bot" else -1
    stats = []
    for v in (1, -1):
        f = feat[(lab == v) & speech]
        if len(f) < 50:
            return None
        stats.append((f.mean(0), f.var(0) + 1e-3))
    ll = [-0.5 * np.sum((feat - m) ** 2 / v + np.log(v), 1) for m, v in stats]
    llr = np.clip(ll[0] - ll[1], -LLR_CLIP, LLR_CLIP) * speech
    sm = np.convolve(llr, np.ones(15) / 15, mode="same")            # 150 ms smoothing
    esm = np.convolve(db, np.ones(5) / 5, mode="same")
    w = DIP_MS // FRAME_MS
    pieces, pl = [], []
    for s, e, _, _ in segs:
        a, b = s // FRAME_MS, e // FRAME_MS
        cuts = {f for f in range(a + w, b - w) if esm[f] == esm[f - w:f + w + 1].min()}
        cuts |= {f for f in range(a + 10, b - 10) if sm[f - 1] * sm[f] < 0}
        if GRID_MS:
            cuts |= set(range(a + GRID_MS // FRAME_MS, b - 5, GRID_MS // FRAME_MS))
        bounds = [a] + sorted(cuts) + [b]
        for k in range(len(bounds) - 1):
            pieces.append((bounds[k] * FRAME_MS, bounds[k + 1] * FRAME_MS, 0, k > 0))
            pl.append(float(llr[bounds[k]:bounds[k + 1]].sum()) / 100)   # per second of evidence
    cost, res = align(turns, pieces, {"bot": None, "human": None}, rate, pl)
    if res is None:
        return None
    return cost, spans(res, pieces, turns, {"bot": None, "human": None})


def main():
    d = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(d, "aligned.json")
    t0 = time.process_time()
    call = json.load(open(os.path.join(d, "call.json")))
    turns = parse_turns(call)
    rate, x = read_wav(os.path.join(d, "recording.wav"))
    dbs = [frame_db(c, rate) for c in x]
    if len(dbs) == 1:
        segs = [(s, e, 0, False) for s, e in vad(dbs[0])]
        cmap = {"bot": None, "human": None}
        cost, sp, rt = run(turns, segs, cmap)
        if SPEAKER and sp is not None:
            r = speaker_pass(turns, segs, sp, rt, x[0], dbs[0])
            if r is not None:
                cost, sp = r
        cmap = {"bot": "mixed", "human": "mixed"}
    else:
        segs = sorted((s, e, c, False) for c in (0, 1) for s, e in vad(dbs[c], dbs[1 - c]))
        best = None
        for b in (0, 1):
            cost, sp, _ = run(turns, segs, {"bot": b, "human": 1 - b})
            if sp is not None and (best is None or cost < best[0]):
                best = (cost, sp, {"bot": b, "human": 1 - b})
        cost, sp, cmap = best if best else (None, None, {"bot": 0, "human": 1})
    dur = x.shape[1] * 1000 / rate
    if sp is None:                                                  # fallback: spread evenly
        sp = [(int(dur * i / len(turns)), int(dur * (i + 1) / len(turns))) for i in range(len(turns))]
    res = {"channel_map": cmap, "cost": cost,
           "turns": [{"turn": i + 1, "speaker": spk, "start_ms": int(s), "end_ms": int(e)}
                     for i, ((spk, _), (s, e)) in enumerate(zip(turns, sp))]}
    json.dump(res, open(out, "w"), indent=1)
    cpu = time.process_time() - t0
    print(f"{d}: {len(segs)} segs, cost {cost}, cpu {cpu:.3f} s, audio {dur / 60000:.2f} min, "
          f"{cpu / (dur / 60000):.3f} s/min")


if __name__ == "__main__":
    main()
