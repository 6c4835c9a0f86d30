from common import exact
L='Labour Party'; C='Conservative Party'; G='Green Party'; R='Reform UK'; LD='Liberal Democrats'
CASES = [
 ("Alan Pike resigned as chief whip in 2019.|He will stand down as an MP at the next election.", {("resign","2019","asserted"),("resign",None,"expected")}),
 ("Alan Pike quit Labour and defected to the Greens on Monday.", {("defect","2022-09-05","asserted")}),
 ("Former Labour defector Alan Pike is joining the Greens.", {("defect",None,"asserted")}),
 ("Alan Pike was elected in 2010 and re-elected in 2015.", {("elect","2010","asserted"),("reelect","2015","asserted")}),
 ("Alan Pike was elected in 2010.|He was elected again in 2015.", {("elect","2010","asserted"),("reelect","2015","asserted")}),
 ("Alan Pike was appointed chief whip in 2015 and housing minister in 2018.", {("appoint","2015","asserted"),("appoint","2018","asserted")}),
 ("Alan Pike was sacked as housing minister in 2018.|He was sacked again as chief whip in 2020.", {("dismiss","2018","asserted"),("dismiss","2020","asserted")}),
 ("Alan Pike quit Labour in 2016, rejoined in 2018 and quit again in 2021.", {("leave","2016","asserted"),("join","2018","asserted"),("leave","2021","asserted")}),
 ("Alan Pike resigned as leader on Monday.|His resignation was announced at a press conference.", {("resign","2022-09-05","asserted")}),
 ("Alan Pike has resigned as leader.|He will remain an MP.", {("resign","2022-09-07","asserted")}),
 ("Alan Pike announced on Monday that he will resign as leader in October.", {("resign","2022-10","expected")}),
 ("Alan Pike stood for the leadership in 2015 and again in 2020.", {("stand","2015","asserted"),("stand","2020","asserted")}),
]
exact('dg', CASES, '2022-09-07', lambda e: (e['type'], e.get('date'), e['modality']))
