from common import extract
CASES = [
 ("Alan Pike was appointed chief whip in 2015 and housing minister in 2018.", {"appoint Pike chief whip","appoint Pike housing minister"}),
 ("Alan Pike becomes housing minister, replacing Jane Ross.", {"appoint Pike housing minister"}),
 ("Alan Pike is the new housing minister.", {"appoint Pike housing minister"}),
 ("Alan Pike moves to the Home Office as home secretary.", {"appoint Pike home secretary"}),
 ("Alan Pike has been given the housing brief.", {"appoint Pike housing"}),
 ("Alan Pike takes on the housing brief.", {"appoint Pike housing"}),
 ("Alan Pike gets the housing job.", {"appoint Pike housing"}),
 ("Alan Pike was handed the job of housing minister.", {"appoint Pike housing minister"}),
 ("Alan Pike has been promoted to housing minister.", {"appoint Pike housing minister"}),
 ("Alan Pike has been made housing minister.", {"appoint Pike housing minister"}),
 ("The prime minister has made Alan Pike housing minister.", {"appoint Pike housing minister"}),
 ("The prime minister named Alan Pike as housing minister.", {"appoint Pike housing minister"}),
 ("The prime minister has put Alan Pike in charge of housing.", {"appoint Pike housing"}),
 ("Alan Pike will be the new housing minister.", {"appoint Pike housing minister"}),
 ("Housing minister: Alan Pike", {"appoint Pike housing minister"}),
 ("Alan Pike (housing minister)", set()),
 ("Alan Pike stays as housing minister.", set()),
 ("Alan Pike remains housing minister.", set()),
 ("Alan Pike, the housing minister, said the plan would work.", set()),
 ("Alan Pike, who was appointed housing minister last year, said the plan would work.", {"appoint Pike housing minister"}),
 ("Alan Pike was sacked as housing minister and replaced by Jane Ross.", {"dismiss Pike housing minister","appoint Ross housing minister"}),
 ("Alan Pike lost his job as housing minister to Jane Ross.", {"dismiss Pike housing minister","appoint Ross housing minister"}),
 ("Alan Pike was moved from housing to transport.", {"appoint Pike transport"}),
 ("Alan Pike was demoted from housing minister to a junior role.", {"dismiss Pike housing minister"}),
 ("Alan Pike has left the government.", {"resign Pike government"}),
 ("Alan Pike is out as housing minister.", {"dismiss Pike housing minister"}),
 ("Alan Pike was elected Speaker on Monday.", {"elect Pike Speaker"}),
 ("Alan Pike was elected leader of the council.", {"elect Pike leader"}),
 ("Alan Pike was voted in as mayor.", {"elect Pike mayor"}),
 ("Alan Pike was sworn in as mayor on Monday.", {"appoint Pike mayor"}),
 ("Alan Pike took office as mayor on Monday.", {"appoint Pike mayor"}),
 ("Alan Pike succeeded Jane Ross as mayor.", {"appoint Pike mayor"}),
 ("Alan Pike beat Jane Ross to become mayor.", {"elect Pike mayor","defeat Ross"}),
 ("Alan Pike was named the new chairman of the party.", {"appoint Pike chairman"}),
 ("Alan Pike is to chair the party.", {"appoint Pike chair"}),
]
got = {doc: [(e['type'], e['person'].split()[-1], (e.get('role') or '').lower()) for e in evs]
      for doc, evs in extract('dr', [c[0] if isinstance(c, tuple) else c for c in CASES], '2022-09-07').items()}
good = 0
for i, (body, exp) in enumerate(CASES):
    g = got.get(f'c{i:03d}', [])
    ok = len(g) == len(exp) and all(any(t == gt and p == gp and (gr.startswith(r) or r.startswith(gr) or r in gr or gr in r) for gt, gp, gr in g) for t, p, r in ((e + " -").split(" ", 2)[:3] if e.count(" ") < 2 else e.split(" ", 2) for e in exp))
    if ok: good += 1
    else: print(f'c{i:03d}', body, '| want', sorted(exp), '| got', g)
print(f'{good}/{len(CASES)} ok')
