"""Load test of the last day of a quarter (issue 14.6): see docs/PERFORMANCE.md, "Quarter-end load".

Every official of the generated wards reports each task their unit leads for the current
quarter, with an evidence file, within ``--hours`` hours, while the wards' committee viewers
and the city viewer read dashboards, lists and plan pages. The run replays that at
``--speed`` times the rate for ``--duration`` seconds against gunicorn on PostgreSQL (open
loop: arrivals are scheduled in advance, Poisson, and a slow server does not slow them).

Counted: every request's latency per page kind (p50/p95/max), errors (exceptions, 5xx, any
unexpected status), and lost reports: each posted report carries a unique token in its text;
after the run every token the server answered with success must be a row in the database
(and no failed one may be). Uses its own database (default ``speed_b114``, made with
``generate_wards --count 114 --users``), creates the missing officials (one per unit that leads
tasks) and their sessions directly (no sign-in throttling), loopback only.

    DEBUG=1 .venv/bin/python bench/load_quarter_end.py --db postgres://postgres@127.0.0.1:5432/speed_b114 \\
        --duration 600 --speed 2 [--redis]
"""

from __future__ import annotations

import argparse
import http.client
import http.cookies
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import free_port, manage, wait_for  # noqa: E402  (bench/run.py, the benchmark's helpers)

SECRET = "bench-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz"
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
UNIT = re.compile(r'<select name="unit"[^>]*>\s*<option value="(\d+)"')
PERIOD = re.compile(r'<option value="(\d{4}-Q\d)" selected')


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] if ordered else 0.0


def server_env(db_url: str, media: str, redis_url: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "DATABASE_URL", "REDIS_URL")}
    env.update(
        DATABASE_URL=db_url,
        DJANGO_SETTINGS_MODULE="config.settings",
        PYTHONPATH=str(ROOT),
        DEBUG="0",
        SECRET_KEY=SECRET,
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1",
        MEDIA_ROOT=media,
        TASKS_BACKEND="immediate",
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


# --- setup, in this process, through Django (same settings as the server) ---------------------


def setup(wards: int) -> dict:
    """Officials for every unit that leads tasks in the generated wards, the work list (one
    report per official and led task, this quarter) and a session per user."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.base import SessionBase
    from django.utils.module_loading import import_string

    from accounts.models import Profile
    from assignments.models import ProgressReport, TaskUnit
    from plans.models import Ward

    user_model = get_user_model()
    ward_ids = list(Ward.objects.filter(slug__startswith="sw-").order_by("slug").values_list("pk", flat=True)[:wards])
    roles = list(
        TaskUnit.objects.filter(role=TaskUnit.Role.LEAD, task__plan_item__plan__ward_id__in=ward_ids)
        .values_list("task_id", "unit_id", "unit__ward_id", "unit__ward__slug")
        .order_by("task_id")
    )
    units = {(unit_id, ward_id, slug) for _t, unit_id, ward_id, slug in roles}
    existing = dict(Profile.objects.filter(role=Profile.Role.OFFICIAL, unit_id__in=[u for u, _w, _s in units])
                    .values_list("unit_id", "user_id"))  # fmt: skip
    for unit_id, ward_id, slug in sorted(units):
        if unit_id not in existing:
            user = user_model.objects.create(username=f"{slug}.load{unit_id}", email=f"load{unit_id}@example.invalid")
            Profile.objects.create(user=user, role=Profile.Role.OFFICIAL, ward_id=ward_id, unit_id=unit_id)
            existing[unit_id] = user.pk
    store: type[SessionBase] = import_string(settings.SESSION_ENGINE + ".SessionStore")
    backend = "accounts.auth_backends.CachedModelBackend"

    def session_of(user) -> str:
        session = store()
        session[SESSION_KEY], session[BACKEND_SESSION_KEY] = str(user.pk), backend
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.save()
        return session.session_key

    users = user_model.objects.in_bulk(set(existing.values()))
    sessions = {unit_id: session_of(users[user_id]) for unit_id, user_id in existing.items()}
    work = [(task_id, unit_id, sessions[unit_id]) for task_id, unit_id, _w, _s in roles]
    viewers = []
    for ward in Ward.objects.filter(pk__in=ward_ids).select_related("city"):
        viewer = user_model.objects.filter(username=f"{ward.slug}.thuongtruc").first()
        if viewer is not None:
            viewers.append({"ward": ward.slug, "session": session_of(viewer)})
    city_viewer = user_model.objects.get(username="hai-phong.thanhpho")
    return {
        "work": work,
        "viewers": viewers,
        "city_session": session_of(city_viewer),
        "plans": {},
        "reports_before": ProgressReport.objects.count(),
    }


def tokens_in_database(run: str) -> set[str]:
    from assignments.models import Evidence, ProgressReport

    rows = ProgressReport.objects.filter(narrative__startswith=f"LT-{run}-").values_list("narrative", "pk")
    found = {narrative.split()[0]: pk for narrative, pk in rows}
    with_files = set(Evidence.objects.filter(report_id__in=found.values()).values_list("report_id", flat=True))
    return {token for token, pk in found.items() if pk in with_files}


# --- the client ------------------------------------------------------------------------------


class Client:
    """One keep-alive connection per thread; cookies per call."""

    local = threading.local()

    def __init__(self, port: int):
        self.port = port

    def connection(self) -> http.client.HTTPConnection:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        return conn

    def request(self, method: str, path: str, cookies: dict, body: bytes | None = None, headers: dict | None = None):
        headers = {**(headers or {}), "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
        headers.setdefault("Host", "127.0.0.1")
        for attempt in (1, 2):
            conn = self.connection()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                return response.status, dict(response.getheaders()), data, response.headers.get_all("Set-Cookie") or []
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                conn.close()
                self.local.conn = None
                if attempt == 2:
                    raise
            except Exception:
                conn.close()  # a timed-out connection cannot be reused
                self.local.conn = None
                raise
        raise RuntimeError("unreachable")


def multipart(fields: dict, file_name: str, file_bytes: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{file_name}"\r\n'
        f"Content-Type: application/pdf\r\n\r\n".encode()
        + file_bytes
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.error_samples: list[str] = []
        self.posted: set[str] = set()
        self.refused: set[str] = set()
        self.late: list[float] = []  # ms between an action's scheduled time and its start

    def started(self, due: float) -> None:
        with self.lock:
            self.late.append(max(0.0, (time.monotonic() - due) * 1000))

    def timed(self, page: str, client: Client, method: str, path: str, cookies: dict, expect=(200,), **kw):
        started = time.perf_counter()
        try:
            status, headers, data, set_cookies = client.request(method, path, cookies, **kw)
        except Exception as exc:  # noqa: BLE001 — a failed request is what is being counted
            with self.lock:
                self.errors[page] += 1
                self.error_samples.append(f"{page} {path}: {type(exc).__name__}: {exc}")
            return None
        elapsed = (time.perf_counter() - started) * 1000
        with self.lock:
            self.times[page].append(elapsed)
            if status not in expect:
                self.errors[page] += 1
                if len(self.error_samples) < 30:
                    self.error_samples.append(f"{page} {method} {path}: {status} {data[:200]!r}")
        return status, headers, data, set_cookies


def report(rec: Recorder, client: Client, task_id: int, session: str, token: str, evidence: bytes, due: float) -> None:
    rec.started(due)
    cookies = {"sessionid": session}
    got = rec.timed("task page (form)", client, "GET", f"/tasks/{task_id}/", cookies)
    if got is None or got[0] != 200:
        rec.refused.add(token)
        return
    html = got[2].decode()
    for header in got[3]:
        jar = http.cookies.SimpleCookie(header)
        if "csrftoken" in jar:
            cookies["csrftoken"] = jar["csrftoken"].value
    fields = dict(HIDDEN.findall(html))
    unit, period = UNIT.search(html), PERIOD.search(html)
    if period is None or "csrfmiddlewaretoken" not in fields:
        with rec.lock:
            rec.errors["task page (form)"] += 1
            rec.error_samples.append(f"no progress form on /tasks/{task_id}/")
        rec.refused.add(token)
        return
    if unit is not None:  # the office picks the unit; an official reports for their own
        fields["unit"] = unit.group(1)
    fields.update(
        period=period.group(1),
        status="in_progress",
        percent=str(random.randint(30, 95)),
        narrative=f"{token} Báo cáo cuối quý: đã triển khai theo kế hoạch, kèm biên bản.",
    )
    body, content_type = multipart(fields, f"bien-ban-{token}.pdf", evidence)
    headers = {"Content-Type": content_type, "Referer": f"http://127.0.0.1/tasks/{task_id}/"}
    got = rec.timed("report POST", client, "POST", f"/tasks/{task_id}/", cookies, (302,), body=body, headers=headers)
    if got is not None and got[0] == 302:
        with rec.lock:
            rec.posted.add(token)
        rec.timed("task page (after saving)", client, "GET", got[1].get("Location", f"/tasks/{task_id}/"), cookies)
    else:
        rec.refused.add(token)


def view(rec: Recorder, client: Client, setup_data: dict, due: float) -> None:
    rec.started(due)
    if random.random() < 0.05:
        cookies = {"sessionid": setup_data["city_session"]}
        page, path = random.choice([("city dashboard", "/city/"), ("city task list, overdue", "/tasks/?overdue=1")])
    else:
        viewer = random.choice(setup_data["viewers"])
        cookies = {"sessionid": viewer["session"]}
        page, path = random.choice(
            [
                ("ward dashboard", f"/wards/{viewer['ward']}/"),
                ("ward dashboard", f"/wards/{viewer['ward']}/"),
                ("ward task list, at risk", f"/tasks/?ward={viewer['ward']}&status=at_risk"),
                ("report list", f"/reports/?ward={viewer['ward']}"),
            ]
        )
    rec.timed(page, client, "GET", path, cookies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/speed_b114")
    parser.add_argument("--wards", type=int, default=114)
    parser.add_argument("--hours", type=float, default=4.0, help="the real window in which every official reports")
    parser.add_argument("--view-every", type=float, default=60.0, help="seconds between two pages of one viewer")
    parser.add_argument("--speed", type=float, default=2.0, help="times the real rate")
    parser.add_argument("--duration", type=int, default=600)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="gunicorn sync workers")
    parser.add_argument("--threads", type=int, default=32, help="client threads (requests in flight at most)")
    parser.add_argument("--evidence-kb", type=int, default=300)
    parser.add_argument("--redis", action="store_true", help="a throw-away redis-server as the shared cache")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    url = urlsplit(args.db)
    if url.hostname not in ("127.0.0.1", "localhost") or url.path.lstrip("/") in ("test", "postgres"):
        sys.exit("--db must be a database of its own on loopback")
    random.seed(args.seed)
    media = tempfile.mkdtemp(prefix="load-media-")
    redis = None
    redis_url = None
    if args.redis:
        port = free_port()
        redis = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        wait_for(port)
        redis_url = f"redis://127.0.0.1:{port}/0"
    env = server_env(args.db, media, redis_url)
    os.environ.update(env)
    # gunicorn runs with DEBUG=0, whose static storage needs the manifest (as bench/run.py does).
    manage(args.db, "collectstatic", "--noinput", "-v0", production=True)
    t0 = time.monotonic()
    data = setup(args.wards)
    setup_seconds = round(time.monotonic() - t0, 1)
    work = data["work"]
    random.shuffle(work)
    report_rate = len(work) / (args.hours * 3600) * args.speed
    view_rate = (len(data["viewers"]) + 1) / args.view_every * args.speed
    print(
        f"setup {setup_seconds} s: {len(work)} reports due from {len({w[2] for w in work})} officials, "
        f"{len(data['viewers'])} ward viewers; rates: {report_rate:.2f} reports/s, {view_rate:.2f} views/s",
        file=sys.stderr,
    )
    port = free_port()
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    cmd = [gunicorn, "config.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers)]
    cmd += ["--worker-class", "sync", "--log-level", "warning", "--timeout", "120"]
    server = subprocess.Popen(cmd, env=env, cwd=ROOT)
    rec = Recorder()
    run = uuid.uuid4().hex[:6]
    evidence = b"%PDF-1.4\n" + os.urandom(args.evidence_kb * 1024)
    load_before = Path("/proc/loadavg").read_text().split()[:3]
    loads = []
    try:
        wait_for(port)
        client = Client(port)
        # arrivals: Poisson for both streams, merged
        events = []
        for kind, rate in (("report", report_rate), ("view", view_rate)):
            t = 0.0
            while rate > 0:
                t += random.expovariate(rate)
                if t >= args.duration:
                    break
                events.append((t, kind))
        events.sort()
        started = time.monotonic()
        next_work = 0
        with ThreadPoolExecutor(max_workers=args.threads) as pool:
            for at, kind in events:
                delay = started + at - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                if len(loads) < (time.monotonic() - started) // 30:
                    loads.append(Path("/proc/loadavg").read_text().split()[0])
                if kind == "report" and next_work < len(work):
                    task_id, _unit_id, session = work[next_work]
                    token = f"LT-{run}-{next_work}"
                    next_work += 1
                    pool.submit(report, rec, client, task_id, session, token, evidence, started + at)
                elif kind == "view":
                    pool.submit(view, rec, client, data, started + at)
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=60)
        if redis is not None:
            redis.terminate()
        shutil.rmtree(media, ignore_errors=True)
    in_db = tokens_in_database(run)
    lost = rec.posted - in_db
    phantom = in_db - rec.posted
    pages = {}
    for page, times in sorted(rec.times.items()):
        pages[page] = {
            "n": len(times),
            "p50_ms": round(percentile(times, 50), 1),
            "p95_ms": round(percentile(times, 95), 1),
            "max_ms": round(max(times), 1),
            "errors": rec.errors.get(page, 0),
        }
    result = {
        "duration_s": round(elapsed, 1),  # scheduled time plus draining the requests still queued
        "speed": args.speed,
        "hours": args.hours,
        "workers": args.workers,
        "redis": bool(redis_url),
        "reports_due": len(work),
        "reports_posted_ok": len(rec.posted),
        "reports_refused": len(rec.refused),
        "reports_in_db_with_evidence": len(in_db & rec.posted),
        "lost": len(lost),
        "saved_but_reported_failed": len(phantom),
        "requests": sum(len(t) for t in rec.times.values()),
        "errors": sum(rec.errors.values()),
        "error_samples": rec.error_samples[:10],
        # Actions wait for a free client thread when the server falls behind: how late they start.
        "start_late_p50_ms": round(percentile(rec.late, 50), 1),
        "start_late_p95_ms": round(percentile(rec.late, 95), 1),
        "pages": pages,
        "load_before": load_before,
        "load_every_30s": loads,
        "load_after": Path("/proc/loadavg").read_text().split()[:3],
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    print("\n| page | requests | p50 ms | p95 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|")
    for page, r in pages.items():
        print(f"| {page} | {r['n']} | {r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} | {r['errors']} |")


if __name__ == "__main__":
    main()
