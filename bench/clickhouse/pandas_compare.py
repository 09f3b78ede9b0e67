"""The compare resurgence runs (IS on either side, coalitions split; SYR and IRQ; two periods; per country and
in total; plus each country's covered date span), written in pandas on the same synthetic GED CSV.
Prints one JSON line: load and compare times in ms (median of repeats) and the counts, for a check."""
import json, sys, time
import pandas as pd

path, repeat = sys.argv[1], int(sys.argv[2])
t = time.perf_counter()
df = pd.read_csv(path, usecols=["side_a", "side_b", "country", "date_start", "best"], dtype={"side_a": str, "side_b": str, "country": str, "date_start": str})
load_ms = (time.perf_counter() - t) * 1000
ISO3 = {"Syria": "SYR", "Iraq": "IRQ"}

def has(col, name):
    s = df[col].fillna("")
    return (s == name) | s.str.startswith(name + ", ") | s.str.endswith(", " + name) | s.str.contains(", " + name + ", ", regex=False)

def compare():
    iso = df["country"].map(ISO3)
    scope = iso.notna()
    is_ = has("side_a", "IS") | has("side_b", "IS")
    day = df["date_start"].str.slice(0, 10)
    out = {}
    for label, start, end in (("a", "2014-01-01", "2014-12-31"), ("b", "2012-01-01", "2013-12-31")):
        m = scope & is_ & (day >= start) & (day <= end)
        g = df[m].assign(iso=iso[m]).groupby("iso").agg(events=("best", "size"), deaths=("best", "sum"))
        out[label] = {k: [int(v.events), int(v.deaths)] for k, v in g.iterrows()}
    cov = df[scope].assign(iso=iso[scope], day=day[scope]).groupby("iso")["day"].agg(["min", "max"])
    out["coverage"] = {k: [v["min"], v["max"]] for k, v in cov.iterrows()}
    return out

times, result = [], None
for _ in range(repeat):
    t = time.perf_counter()
    result = compare()
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print(json.dumps({"load_ms": load_ms, "compare_ms": times[len(times) // 2], "result": result, "pandas": pd.__version__}))
