import json, os, subprocess, sys, shutil
B = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'target', 'release', 'floorcross')
OUT = os.environ.get('CONSTRUCTIONS_OUT', '/tmp/constructions')
# body, expected set of "type Surname"
CASES = [
 ("Alan Pike lost the leadership ballot to Jane Ross. He retired in 2017.", {"defeat Pike", "elect Ross", "resign Pike"}),
 ("Alan Pike was sacked by Jane Ross as transport secretary.", {"dismiss Pike"}),
 ("Jane Ross sacked Alan Pike as transport secretary on Monday.", {"dismiss Pike"}),
 ("Alan Pike, an opponent of leader Jane Ross, left Labour on Monday.", {"leave Pike"}),
 ("The suspension of Alan Pike by Labour was confirmed on Monday.", {"expel Pike"}),
 ("Alan Pike's return to the Labour Party was announced on Monday.", {"readmit Pike"}),
 ("Alan Pike was handed the transport brief on Monday.", {"appoint Pike"}),
 ("Alan Pike mounted a leadership challenge against Jane Ross.", {"stand Pike"}),
 ("Alan Pike was struck off the approved list of candidates.", {"deselect Pike"}),
 ("Alan Pike is to replace Jane Ross as treasurer.", {"appoint Pike", "dismiss Ross"}),
 ("The Harrowfield Independents were founded by Alan Pike in 2015.", {"found Pike"}),
 ("Alan Pike, Jane Ross and Tom Hale quit Labour on Monday.", {"leave Pike", "leave Ross", "leave Hale"}),
 ("Both defectors - Alan Pike and Jane Ross - said they had no regrets.", set()),
 ("Three Labour councillors have defected to the Greens. Alan Pike, Jane Ross and Tom Hale said the party had changed.", {"defect Pike", "defect Ross", "defect Hale"}),
 ("The former mayor Alan Pike has joined Reform UK.", {"join Pike"}),
 ("Alan Pike spoke in Leeds.|The 50-year-old MP quit the Conservative Party on Monday.", {"leave Pike"}),
 ("Alan Pike was elected in 2015.|The former teacher was re-elected in 2017.", {"elect Pike", "reelect Pike"}),
 ("Alan Pike, who defected from the Conservatives in 2019, was re-elected as a Liberal Democrat.", {"defect Pike", "reelect Pike"}),
 ("Alan Pike has resigned as chief whip and will be replaced by Jane Ross.", {"resign Pike", "appoint Ross"}),
 ("Jane Ross has been named chief whip after Alan Pike stood down.", {"appoint Ross", "resign Pike"}),
 ("Jane Ross succeeds Alan Pike as chief whip.", {"appoint Ross"}),
 ("Labour has suspended Alan Pike pending an investigation.", {"expel Pike"}),
 ("Labour has restored the whip to Alan Pike.", {"readmit Pike"}),
 ("Alan Pike has had the whip restored.", {"readmit Pike"}),
 ("Alan Pike has had the Labour whip suspended.", {"expel Pike"}),
 ("Alan Pike lost the Labour whip in 2018.", {"expel Pike"}),
 ("Alan Pike won the Harrowfield by-election on Thursday, beating Jane Ross.", {"elect Pike", "defeat Ross"}),
 ("Alan Pike will stand down at the next election.", {"resign Pike"}),
 ("Alan Pike is expected to defect to Reform UK.", {"defect Pike"}),
 ("Alan Pike denied he was planning to defect to Reform UK.", {"defect Pike"}),
 ("Rumours that Alan Pike would quit the Conservatives were dismissed by his office.", {"leave Pike"}),
 ("Jane Ross persuaded Alan Pike to join the Greens.", {"join Pike"}),
 ("Alan Pike, pictured with party chairman Jane Ross after his defection, said he was delighted.", {"defect Pike"}),
 ("As Tory councillors weighed up defecting, Alan Pike said he would stay.", set()),
 ("The Conservatives lost their only councillor, Alan Pike, to the Greens.", {"defect Pike"}),
 ("Alan Pike crossed the floor to Labour on Monday.", {"defect Pike"}),
 ("Alan Pike has switched his allegiance to the SNP.", {"defect Pike"}),
 ("Alan Pike was ousted as leader in a vote of no confidence.", {"dismiss Pike"}),
 ("Alan Pike was returned as the MP for Harrowfield with a majority of 3,000.", {"elect Pike"}),
 ("Alan Pike took the seat from Labour in 2015.", {"elect Pike"}),
 ("Alan Pike was deselected by his local party.", {"deselect Pike"}),
 ("Alan Pike was readmitted to the party in March.", {"readmit Pike"}),
 ("Alan Pike's expulsion from Labour was overturned.", {"expel Pike", "readmit Pike"}),
 ("Alan Pike handed in his resignation as health secretary.", {"resign Pike"}),
 ("Alan Pike walked out of the Labour Party on Monday.", {"leave Pike"}),
 ("Alan Pike formally joined the Liberal Democrats on Monday.", {"join Pike"}),
 ("Alan Pike became the latest MP to leave Labour.", {"leave Pike"}),
 ("Alan Pike is the third MP to defect from the Conservatives this year.", {"defect Pike"}),
 ("Alan Pike announced his departure from the Conservatives on Monday.", {"leave Pike"}),
 ("Alan Pike announced he was leaving the Conservatives.", {"leave Pike"}),
 ("Alan Pike confirmed his switch to Reform UK.", {"defect Pike"}),
 ("Alan Pike sits as an independent after leaving Labour last year.", {"leave Pike"}),
 ("Alan Pike, the MP for Harrowfield, has been appointed housing minister.", {"appoint Pike"}),
 ("Harrowfield MP Alan Pike has been appointed housing minister.", {"appoint Pike"}),
 ("The appointment of Alan Pike as housing minister was welcomed.", {"appoint Pike"}),
 ("Alan Pike takes over as housing minister from Jane Ross.", {"appoint Pike"}),
 ("Alan Pike was promoted to housing minister.", {"appoint Pike"}),
 ("Alan Pike was demoted to the back benches.", {"dismiss Pike"}),
 ("Alan Pike was moved from health to housing.", {"appoint Pike"}),
 ("Alan Pike lost his job as housing minister.", {"dismiss Pike"}),
 ("Alan Pike was kicked out of the Labour Party.", {"expel Pike"}),
 ("Alan Pike has been thrown out of the party.", {"expel Pike"}),
 ("Alan Pike was barred from standing as a Labour candidate.", {"deselect Pike"}),
 ("Alan Pike has thrown his hat into the ring for the Labour leadership.", {"stand Pike"}),
 ("Alan Pike is running for mayor of Harrowfield.", {"stand Pike"}),
 ("Alan Pike will contest the Harrowfield seat for the Greens.", {"stand Pike"}),
 ("Alan Pike has been chosen to fight Harrowfield for the Greens.", {"select Pike"}),
 ("Alan Pike failed to hold his seat.", {"defeat Pike"}),
 ("Alan Pike lost his seat to Jane Ross.", {"defeat Pike", "elect Ross"}),
 ("Alan Pike was unseated by Jane Ross.", {"defeat Pike", "elect Ross"}),
]
shutil.rmtree(f'{OUT}/d2', ignore_errors=True); os.makedirs(f'{OUT}/d2')
for i, (body, _) in enumerate(CASES):
    open(f'{OUT}/d2/c{i:03d}.txt', 'w').write(' date 2020-04-07 News\n\n' + body.replace('|', '\n\n') + '\n')
out = subprocess.run([B, 'extract', f'{OUT}/d2'], capture_output=True, text=True).stdout
got = {}
for l in out.splitlines():
    o = json.loads(l); got[o['doc']['id']] = {f"{e['type']} {e['person'].split()[-1]}" for e in o['events']}
good = 0
for i, (body, exp) in enumerate(CASES):
    g = got.get(f'c{i:03d}', set())
    if g == exp: good += 1
    else: print(f'c{i:03d}', body, '| missing', sorted(exp - g), '| extra', sorted(g - exp))
print(f'{good}/{len(CASES)} exact')
