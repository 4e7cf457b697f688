"""The benchmark: ``make bench`` (or ``.venv/bin/python bench/run.py --help``). See bench/README.md.

For each size (number of synthetic wards, ascending; the database grows between sizes):
  1. prepares the dedicated PostgreSQL database (created if missing): migrate, seed the two
     real plans and the demo users, ``generate_wards --count N --users``, collectstatic;
  2. measures every main page in-process (bench/inprocess.py: queries, p50/p95 server time);
  3. starts gunicorn on loopback with production-like settings and drives it from a second
     process with wrk: the ward dashboard and a bare Django view in the same run.
Prints a table per size and writes everything to bench/results/<timestamp>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
SECRET = "bench-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz"


def log(msg: str) -> None:
    print(f"[bench {dt.datetime.now():%H:%M:%S}] {msg}", file=sys.stderr, flush=True)


def env_for(db_url: str, production: bool, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "DATABASE_URL", "REDIS_URL")}
    env.update(DATABASE_URL=db_url, DJANGO_SETTINGS_MODULE="config.settings", PYTHONPATH=str(ROOT))
    if os.environ.get("REDIS_URL"):
        env["REDIS_URL"] = os.environ["REDIS_URL"]
    if production:
        env.update(DEBUG="0", SECRET_KEY=SECRET, SECURE_SSL_REDIRECT="false", ALLOWED_HOSTS="127.0.0.1,testserver")
    else:
        env.update(DEBUG="1")
    env.update(extra)
    return env


def manage(db_url: str, *args: str, production: bool = False) -> str:
    cmd = [PY, str(ROOT / "manage.py"), *args]
    out = subprocess.run(cmd, env=env_for(db_url, production), cwd=ROOT, capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"failed: {' '.join(args)}\n{out.stdout}\n{out.stderr}")
    return out.stdout


def admin_connection(db: dict):
    import psycopg2

    conn = psycopg2.connect(host=db["host"], port=db["port"], user=db["user"], dbname="postgres")
    conn.autocommit = True
    return conn


def ensure_database(db: dict, recreate: bool) -> None:
    if db["name"] in ("test", "postgres", "template0", "template1") or db["name"].startswith("test_"):
        sys.exit(f"refusing to use database {db['name']!r}: the benchmark needs its own (default 'bench')")
    conn = admin_connection(db)
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["name"]])
        exists = cur.fetchone() is not None
        if exists and recreate:
            log(f"dropping database {db['name']}")
            cur.execute(f'DROP DATABASE "{db["name"]}" WITH (FORCE)')
            exists = False
        if not exists:
            log(f"creating database {db['name']}")
            cur.execute(f'CREATE DATABASE "{db["name"]}"')
    conn.close()


def generated_wards(db: dict) -> int:
    import psycopg2

    conn = psycopg2.connect(host=db["host"], port=db["port"], user=db["user"], dbname=db["name"])
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass('plans_ward') IS NOT NULL")
            if not cur.fetchone()[0]:
                return 0
            cur.execute("SELECT count(*) FROM plans_ward WHERE slug LIKE 'sw-%%'")
            return cur.fetchone()[0]
    finally:
        conn.close()


def table_sizes(db: dict) -> dict:
    import psycopg2

    conn = psycopg2.connect(host=db["host"], port=db["port"], user=db["user"], dbname=db["name"])
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT pg_database_size(current_database())")
            total = cur.fetchone()[0]
            counts = {}
            for table in ("plans_ward", "assignments_task", "assignments_progressreport", "targets_measurement"):
                cur.execute(f"SELECT count(*) FROM {table}")
                counts[table] = cur.fetchone()[0]
            return {"database_mb": round(total / 2**20), **counts}
    finally:
        conn.close()


def prepare(db: dict, size: int, until: str) -> dict:
    have = generated_wards(db)
    if have > size:
        ensure_database(db, recreate=True)
        have = 0
    log(f"size {size}: migrate, seed")
    manage(db["url"], "migrate", "--noinput", "-v0")
    manage(db["url"], "seed", "--demo", "-v0")
    t0 = time.monotonic()
    log(f"size {size}: generating {size - have} wards")
    out = manage(db["url"], "generate_wards", f"--count={size}", "--users", f"--until={until}")
    seconds = round(time.monotonic() - t0, 1)
    log(out.strip().splitlines()[-1] if out.strip() else "generated")
    return {"generated": size - have, "generate_seconds": seconds, **table_sizes(db)}


def in_process(db: dict, args) -> dict:
    cmd = [PY, str(ROOT / "bench" / "inprocess.py"), f"--ward={args.ward}", f"--requests={args.requests}"]
    cmd += [f"--warmup={args.warmup}", f"--cold={args.cold}", f"--budget={args.budget}"]
    if args.only:
        cmd.append(f"--only={args.only}")
    out = subprocess.run(cmd, env=env_for(db["url"], True), cwd=ROOT, capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"in-process measurement failed:\n{out.stderr[-4000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not start")


def wait_ready(url: str, workers: int, seconds: float = 120) -> None:
    """Until every worker answers: the port is open as soon as the master binds it, but each
    worker loads Django after the fork (seconds on a busy machine: a first measurement of 0)."""
    import urllib.request

    deadline, answered = time.monotonic() + seconds, 0
    while answered < 4 * workers and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                answered += response.status == 200
        except OSError:
            time.sleep(0.5)


def ensure_wrk() -> str:
    wrk = shutil.which("wrk")
    if wrk:
        return wrk
    log("wrk missing: apt-get install -y wrk")
    subprocess.run(["apt-get", "install", "-y", "wrk"], check=False, capture_output=True)
    wrk = shutil.which("wrk")
    if not wrk:
        sys.exit("wrk is needed for the load test: apt-get install wrk (or run with --skip-http)")
    return wrk


# Any 32 letters and digits are a valid secret (django.middleware.csrf.CSRF_SECRET_LENGTH).
BROWSER_CSRF_SECRET = "benchCsrfSecretOf32LettersDigit0"


def run_wrk(wrk: str, url: str, cookie: str, args) -> dict:
    cmd = [wrk, f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "10s"]
    # A browser sends back the CSRF cookie its first page set; without it every response would draw
    # a new secret and set the cookie again (about a sixth of the served dashboard's CPU).
    cookies = f"sessionid={cookie}; csrftoken={BROWSER_CSRF_SECRET}"
    cmd += ["-s", str(ROOT / "bench" / "wrk_report.lua"), "-H", f"Cookie: {cookies}", url]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=args.duration + 60)
    match = re.search(r"WRK_JSON (\{.*\})", out.stdout)
    if not match:
        sys.exit(f"wrk failed:\n{out.stdout}\n{out.stderr}")
    data = json.loads(match.group(1))
    if not data["requests"]:
        log(f"wrk: no request finished on {url}:\n{out.stdout}{out.stderr}")
    seconds = data["duration_us"] / 1e6
    return {
        "rps": round(data["requests"] / seconds, 1),
        "p50_ms": round(data["p50_us"] / 1000, 1),
        "p95_ms": round(data["p95_us"] / 1000, 1),
        "p99_ms": round(data["p99_us"] / 1000, 1),
        "requests": data["requests"],
        "errors": data["errors"],
        "non_2xx": data["non_2xx"],
    }


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU the processes have used so far (/proc; a process gone counts 0)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


def server_pids(master: int, others: list[int]) -> list[int]:
    """The gunicorn master, its workers and the other server processes (redis-server)."""
    workers = [int(p) for p in Path(f"/proc/{master}/task/{master}/children").read_text().split()]
    return [master, *workers, *others]


def session_cookie(db: dict, username: str, extra: dict) -> str:
    return subprocess.run(
        [PY, str(ROOT / "bench" / "inprocess.py"), f"--session={username}"],
        env=env_for(db["url"], True, **extra),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def start_redis() -> tuple[subprocess.Popen, str]:
    """A throw-away redis-server on a free loopback port, nothing saved to disk."""
    port = free_port()
    cmd = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(port)
    return server, f"redis://127.0.0.1:{port}/0"


# (name, path, who): each view adds one layer of a signed-in page (scale/views.py), then pages.
HTTP_VIEWS = [
    ("bare", "/bench/bare/", "viewer"),
    ("session", "/bench/session/", "viewer"),
    ("auth_floor", "/bench/auth/", "viewer"),
    ("page_floor", "/bench/page/", "viewer"),
    ("ward_dashboard", "/wards/{ward}/", "viewer"),
    ("city_dashboard", "/city/", "city"),
    ("city_search_status", "/tasks/?q=chuyen+doi+so&overdue=1", "city"),
    ("city_status", "/tasks/?status=at_risk", "city"),
]


def http_load(db: dict, args) -> dict:
    """Every view of HTTP_VIEWS on one gunicorn, one after the other; with --redis also on a
    second gunicorn using a shared Redis cache (cached sessions and users), same run."""
    wrk = ensure_wrk()
    configs = [("database", {})]
    redis = None
    if args.redis:
        if shutil.which("redis-server"):
            redis, redis_url = start_redis()
            configs.append(("redis", {"REDIS_URL": redis_url}))
        else:
            log("redis-server missing: only database sessions measured")
    results = {"workers": args.workers, "connections": args.connections, "duration_s": args.duration}
    try:
        for config, extra in configs:
            cookies = {
                "viewer": session_cookie(db, f"{args.ward}.thuongtruc", extra),
                "city": session_cookie(db, args.city_viewer, extra),
            }
            port = free_port()
            gunicorn = str(Path(PY).with_name("gunicorn"))
            cmd = [gunicorn, "config.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers)]
            cmd += ["--worker-class", "sync", "--log-level", "warning"]
            env = env_for(db["url"], True, BENCH_BARE_VIEW="1", **extra)
            server = subprocess.Popen(cmd, env=env, cwd=ROOT)
            out = results[config] = {"load_before": Path("/proc/loadavg").read_text().split()[:3]}
            try:
                wait_for(port)
                base = f"http://127.0.0.1:{port}"
                wait_ready(base + "/bench/bare/", args.workers)
                for name, path, who in HTTP_VIEWS:
                    if args.views and name not in args.views.split(","):
                        continue
                    url = base + path.format(ward=args.ward)
                    run_wrk(wrk, url, cookies[who], argparse.Namespace(**{**vars(args), "duration": 2}))  # warm-up
                    # The server's own CPU per request (workers and redis-server, not wrk nor
                    # PostgreSQL): less moved by the machine's other load than req/s, not unmoved.
                    pids = server_pids(server.pid, [redis.pid] if redis is not None and extra else [])
                    cpu = cpu_seconds(pids)
                    out[name] = run_wrk(wrk, url, cookies[who], args)
                    cpu = cpu_seconds(pids) - cpu
                    out[name]["cpu_ms"] = round(1000 * cpu / (out[name]["requests"] or float("nan")), 3)
                    out[name]["ratio"] = round(out[name]["rps"] / (out["bare"]["rps"] or float("nan")), 3)
                    out[name]["cpu_ratio"] = round(out["bare"]["cpu_ms"] / (out[name]["cpu_ms"] or float("nan")), 3)
                    log(f"http {config} {name}: {out[name]}")
            finally:
                server.terminate()
                server.wait(timeout=30)
            out["load_after"] = Path("/proc/loadavg").read_text().split()[:3]
        return results
    finally:
        if redis is not None:
            redis.terminate()
            redis.wait(timeout=10)


def machine() -> dict:
    info = {"nproc": os.cpu_count(), "python": sys.version.split()[0]}
    try:
        mem = Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
        info["memory_gb"] = round(int(mem) / 2**20, 1)
        info["cpu"] = next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if "model name" in line
            ),
            "",
        )
        info["load_before"] = Path("/proc/loadavg").read_text().split()[:3]
    except OSError:
        pass
    return info


def print_table(size: int, data: dict) -> None:
    print(f"\n## {size} generated wards ({data['prepare'].get('plans_ward', '?')} wards in all)")
    if data.get("pages"):
        print(
            "| page | queries cold/warm | warm p50 ms | warm p95 ms | cold p50 ms | cold p95 ms "
            "| CPU warm/cold p50 ms | status |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, page in data.get("pages", {}).items():
        warm, cold = page.get("warm", {}), page.get("cold", {})
        print(
            f"| {name} | {page['queries']}/{page.get('queries_warm', '')} | "
            f"{warm.get('p50_ms', '')} | {warm.get('p95_ms', '')} | "
            f"{cold.get('p50_ms', '')} | {cold.get('p95_ms', '')} | "
            f"{warm.get('cpu_p50_ms', '')}/{cold.get('cpu_p50_ms', '')} | {page['status']} |"
        )
    http = data.get("http")
    if http:
        setup = f"gunicorn {http['workers']} workers, wrk {http['connections']} connections, {http['duration_s']} s"
        print(f"\nHTTP ({setup}):")
        print("| sessions | view | req/s | × bare | p50 ms | p95 ms | errors | server CPU ms/req | bare's CPU ÷ its |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for config in ("database", "redis"):
            for name, _path, _who in HTTP_VIEWS:
                r = http.get(config, {}).get(name)
                if r:
                    print(
                        f"| {config} | {name} | {r['rps']} | {r['ratio']} | {r['p50_ms']} | {r['p95_ms']} | "
                        f"{r['errors'] + r['non_2xx']} | {r.get('cpu_ms', '')} | {r.get('cpu_ratio', '')} |"
                    )
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,114,3321", help="numbers of generated wards (default 1,114,3321)")
    parser.add_argument(
        "--db", default=os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench")
    )
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the bench database first")
    parser.add_argument("--until", default="end", help="generate_wards --until (default: all 20 quarters)")
    parser.add_argument("--ward", default="sw-0001", help="the ward whose pages are measured")
    parser.add_argument("--requests", type=int, default=20, help="timed requests per page (warm)")
    parser.add_argument("--cold", type=int, default=10, help="timed requests per page with the cache cleared")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per page at most")
    parser.add_argument("--only", default="", help="only these pages (comma-separated names)")
    parser.add_argument("--skip-http", action="store_true", help="no gunicorn/wrk load test")
    parser.add_argument("--skip-pages", action="store_true", help="no in-process page measurements")
    parser.add_argument("--duration", type=int, default=15, help="seconds of wrk per view (at most 120)")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="gunicorn workers")
    parser.add_argument("--views", default="", help="only these HTTP views (comma-separated names; bare first)")
    parser.add_argument("--label", default="", help="a name for this run, kept in the results file")
    parser.add_argument("--redis", action="store_true", help="also measure with a shared Redis cache (redis-server)")
    parser.add_argument("--city-viewer", default="hai-phong.thanhpho", help="the city viewer of the city pages")
    parser.add_argument("--no-prepare", action="store_true", help="the database as it is: no migrate, seed, generate")
    args = parser.parse_args()
    args.duration = max(1, min(args.duration, 120))
    args.requests, args.cold = min(args.requests, 500), min(args.cold, 200)

    url = urlsplit(args.db)
    if url.scheme not in ("postgres", "postgresql") or url.hostname not in LOOPBACK:
        sys.exit("--db must be a PostgreSQL database on a loopback address")
    db = {
        "url": args.db,
        "host": url.hostname,
        "port": url.port or 5432,
        "user": url.username or "postgres",
        "name": url.path.lstrip("/"),
    }
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    ensure_database(db, recreate=args.fresh)
    results = {"label": args.label, "started": dt.datetime.now().isoformat(timespec="seconds"), "machine": machine()}
    results["machine"]["postgresql"] = postgres_version(db)
    manage(db["url"], "migrate", "--noinput", "-v0")
    manage(db["url"], "collectstatic", "--noinput", "-v0", production=True)
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    out_file = out_dir / f"{dt.datetime.now():%Y%m%d-%H%M%S}{'-' + args.label if args.label else ''}.json"
    results["sizes"] = {}
    for size in sizes:
        prepared = {"generated": 0, **table_sizes(db)} if args.no_prepare else prepare(db, size, args.until)
        data = results["sizes"][size] = {"prepare": prepared}
        if not args.skip_pages:
            log(f"size {size}: in-process measurements")
            data.update(in_process(db, args))
        if not args.skip_http:
            log(f"size {size}: HTTP load")
            data["http"] = http_load(db, args)
        print_table(size, data)
        out_file.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    log(f"results in {out_file.relative_to(ROOT)}")


def postgres_version(db: dict) -> str:
    conn = admin_connection(db)
    with conn.cursor() as cur:
        cur.execute("SHOW server_version")
        version = cur.fetchone()[0]
    conn.close()
    return version


if __name__ == "__main__":
    main()
