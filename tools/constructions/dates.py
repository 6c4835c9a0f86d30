from common import extract
# doc date Wednesday 2020-04-08
CASES = [
 ("Alan Pike, who was elected in 2015, resigned on Monday.", {("elect","2015"),("resign","2020-04-06")}),
 ("Alan Pike resigned on Monday, five years after he was first elected.", {("resign","2020-04-06"),("elect",None)}),
 ("On Monday, Alan Pike resigned as transport secretary.", {("resign","2020-04-06")}),
 ("On Monday evening Alan Pike resigned as transport secretary.", {("resign","2020-04-06")}),
 ("Alan Pike resigned as transport secretary.|The announcement came on Monday.", {("resign","2020-04-06")}),
 ("Alan Pike resigned last night after weeks of pressure.", {("resign","2020-04-07")}),
 ("Alan Pike, who resigned on Monday, said he had no regrets.", {("resign","2020-04-06")}),
 ("Alan Pike has resigned as transport secretary, it was announced on Monday.", {("resign","2020-04-06")}),
 ("Alan Pike has resigned as transport secretary.", {("resign","2020-04-08")}),
 ("Alan Pike resigned as transport secretary yesterday.", {("resign","2020-04-07")}),
 ("Alan Pike quit Labour at the weekend.", {("leave","2020-04-0")}),
 ("Alan Pike quit Labour earlier this month.", {("leave","2020-04")}),
 ("Alan Pike quit Labour last month.", {("leave","2020-03")}),
 ("Alan Pike quit Labour in March.", {("leave","2020-03")}),
 ("Alan Pike quit Labour in May.", {("leave","2019-05")}),
 ("Alan Pike quit Labour two weeks ago.", {("leave","2020-W13")}),
 ("Alan Pike quit Labour three years ago.", {("leave","2017")}),
 ("Alan Pike quit Labour on 3 March.", {("leave","2020-03-03")}),
 ("Alan Pike quit Labour on March 3.", {("leave","2020-03-03")}),
 ("Alan Pike quit Labour last year.", {("leave","2019")}),
 ("Alan Pike quit Labour in 2017 and joined the Greens a year later.", {("leave","2017"),("join","2018")}),
 ("Alan Pike was elected in 2010. He quit Labour in 2017.", {("elect","2010"),("leave","2017")}),
 ("Alan Pike was elected in 2010.|Seven years later he quit Labour.", {("elect","2010"),("leave","2017")}),
 ("Alan Pike will stand down at the next election.", {("resign",None)}),
 ("Alan Pike will stand down on Friday.", {("resign","2020-04-10")}),
 ("Alan Pike will be sworn in as mayor next month.", {("appoint","2020-05")}),
 ("Alan Pike announced on Monday that he was quitting Labour.", {("leave","2020-04-06")}),
 ("Alan Pike said on Monday that he had quit Labour.", {("leave","2020-04-06")}),
 ("Alan Pike, 54, was sacked as transport secretary in a reshuffle on Monday night.", {("dismiss","2020-04-06")}),
 ("In a statement on Tuesday, Alan Pike said he was leaving the party.", {("leave","2020-04-07")}),
 ("Alan Pike was suspended by Labour in October and readmitted in February.", {("expel","2019-10"),("readmit","2020-02")}),
 ("The decision to expel Alan Pike was taken on Tuesday.", {("expel","2020-04-07")}),
 ("Labour expelled Alan Pike.|The decision was taken at a meeting on Tuesday evening.", {("expel","2020-04-07")}),
 ("Alan Pike has been appointed transport secretary, Downing Street announced this morning.", {("appoint","2020-04-08")}),
 ("Alan Pike stood down as leader in the summer of 2016.", {("resign","2016")}),
 ("Alan Pike first won the seat at the 2015 general election.", {("elect","2015-05-07")}),
 ("Alan Pike held the seat at the general election in December.", {("reelect","2019-12")}),
 ("Alan Pike, elected at the 2017 general election, quit Labour on Tuesday.", {("elect","2017-06-08"),("leave","2020-04-07")}),
]
got = {doc: {(e['type'], e.get('date')) for e in evs}
      for doc, evs in extract('dd', [c[0] if isinstance(c, tuple) else c for c in CASES], '2020-04-08').items()}
good = 0
for i, (body, exp) in enumerate(CASES):
    g = got.get(f'c{i:03d}', set())
    ok = len(g) == len(exp) and all(any(t == gt and (gd is None and d is None or d and gd and d.startswith(gd)) for gt, d in g) for t, gd in exp)
    if ok: good += 1
    else: print(f'c{i:03d}', body, '| want', sorted(exp, key=str), '| got', sorted(g, key=str))
print(f'{good}/{len(CASES)} ok')
