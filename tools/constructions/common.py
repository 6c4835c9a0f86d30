"""What every battery shares: the binary to run, where documents go, and one run of
`floorcross extract` over a list of bodies (a "|" in a body is a paragraph break)."""
import json, os, shutil, subprocess, sys

BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', 'target', 'release', 'floorcross')
OUT = os.environ.get('CONSTRUCTIONS_OUT', '/tmp/constructions')


def extract(name, bodies, date):
    """Writes each body as document `c000`, `c001`, … dated `date` under OUT/name, runs the
    binary over them and returns {document id: its events}."""
    d = os.path.join(OUT, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for i, body in enumerate(bodies):
        with open(os.path.join(d, f'c{i:03d}.txt'), 'w') as f:
            f.write(f' date {date} News\n\n' + body.replace('|', '\n\n') + '\n')
    out = subprocess.run([BINARY, 'extract', d], capture_output=True, text=True).stdout
    return {json.loads(l)['doc']['id']: json.loads(l)['events'] for l in out.splitlines()}


def exact(name, cases, date, key, norm=lambda s: s):
    """Runs `cases` ((body, expected set) pairs) dated `date`, reads each document's events as
    the set of `key(event)`, prints every case whose set is not the expected one (after
    `norm`), and last the summary line."""
    got = extract(name, [body for body, _ in cases], date)
    good = 0
    for i, (body, exp) in enumerate(cases):
        g = {key(e) for e in got.get(f'c{i:03d}', [])}
        if norm(g) == norm(exp):
            good += 1
        else:
            print(f'c{i:03d}', body, '| missing', sorted(exp - g, key=str), '| extra', sorted(g - exp, key=str))
    print(f'{good}/{len(cases)} exact')
