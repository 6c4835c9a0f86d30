from common import extract
CASES = [
 # pronoun by salience
 ("Alan Pike lost the leadership ballot to Jane Ross in 2010.|He retired from politics in 2015.", {"defeat Pike","elect Ross","resign Pike"}),
 ("Alan Pike met Tom Hale in London.|He later defected to the Greens.", {"defect Pike"}),
 ("Alan Pike praised Jane Ross.|She later defected to the Greens.", {"defect Ross"}),
 ("Jane Ross said Alan Pike had betrayed the party.|He quit Labour on Monday.", {"leave Pike"}),
 ("Alan Pike was elected in 2010.|Jane Ross, his deputy, said he would be missed.|He resigned on Monday.", {"elect Pike","resign Pike"}),
 ("Alan Pike, a close ally of Tom Hale, quit Labour on Monday.", {"leave Pike"}),
 ("Tom Hale's deputy, Alan Pike, quit Labour on Monday.", {"leave Pike"}),
 ("Alan Pike, whose mentor Tom Hale quit last year, has joined the Greens.", {"join Pike","resign Hale"}),
 ("Alan Pike has joined the Greens, Tom Hale said.", {"join Pike"}),
 ("Speaking to Tom Hale, Alan Pike said he had quit Labour.", {"leave Pike"}),
 ("Alan Pike told Tom Hale that he was quitting Labour.", {"leave Pike"}),
 ("Alan Pike said Tom Hale should never have been appointed minister.", set()),
 ("Alan Pike, pictured with Tom Hale, has quit Labour.", {"leave Pike"}),
 ("Alan Pike has quit Labour.|The former minister said he had no choice.", {"leave Pike"}),
 ("Alan Pike has quit Labour.|Party leader Tom Hale said he was disappointed.|Mr Pike was first elected in 2005.", {"leave Pike","elect Pike"}),
 ("Alan Pike has quit Labour.|Party leader Tom Hale said he was disappointed.|The 54-year-old was first elected in 2005.", {"leave Pike","elect Pike"}),
 ("Alan Pike has quit Labour.|Tom Hale, the party leader, said: \"I am disappointed.\"|Pike was first elected in 2005.", {"leave Pike","elect Pike"}),
 ("Labour leader Tom Hale has sacked Alan Pike.|Pike had criticised him.", {"dismiss Pike"}),
 ("Tom Hale sacked Alan Pike on Monday.|He replaced him with Jane Ross.", {"dismiss Pike","appoint Ross"}),
 ("Jane Ross and Alan Pike have quit Labour.|They will sit as independents.", {"leave Ross","leave Pike"}),
 ("Jane Ross and Alan Pike have quit Labour.|Both said the party had changed.", {"leave Ross","leave Pike"}),
 ("Jane Ross has quit Labour, along with Alan Pike.", {"leave Ross","leave Pike"}),
 ("Jane Ross quit Labour on Monday.|Alan Pike followed her on Tuesday.", {"leave Ross","leave Pike"}),
 ("Jane Ross quit Labour on Monday.|Alan Pike did the same on Tuesday.", {"leave Ross","leave Pike"}),
 ("Jane Ross quit Labour on Monday, and Alan Pike followed suit.", {"leave Ross","leave Pike"}),
 ("Jane Ross, who quit Labour on Monday, and Alan Pike, who quit on Tuesday, will form a new group.", {"leave Ross","leave Pike","found Ross","found Pike"}),
 ("The MP for Harrowfield, Alan Pike, has quit Labour.", {"leave Pike"}),
 ("Alan Pike, the Harrowfield MP, has quit Labour.|His predecessor, Tom Hale, quit in 2010.", {"leave Pike","leave Hale"}),
]
got = {doc: {f"{e['type']} {e['person'].split()[-1]}" for e in evs}
      for doc, evs in extract('dc', [c[0] if isinstance(c, tuple) else c for c in CASES], '2020-04-08').items()}
good = 0
for i, (body, exp) in enumerate(CASES):
    g = got.get(f'c{i:03d}', set())
    if g == exp: good += 1
    else: print(f'c{i:03d}', body, '| missing', sorted(exp - g), '| extra', sorted(g - exp))
print(f'{good}/{len(CASES)} exact')
