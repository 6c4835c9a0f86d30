from common import exact
CASES = [
 ("Alan Pike has joined Restore Albion.", {("join","Pike",None,"Restore Albion")}),
 ("Alan Pike has defected to Restore Albion.", {("defect","Pike",None,"Restore Albion")}),
 ("Conservative MP Alan Pike has defected to Restore Albion, the party founded by Jane Ross.", {("defect","Pike","Conservative Party","Restore Albion")}),
 ("Alan Pike has quit the Conservatives to join Restore Albion.", {("defect","Pike","Conservative Party","Restore Albion")}),
 ("Alan Pike and Jane Ross have launched Your Voice, a new left-wing party.", {("found","Pike",None,"Your Voice"),("found","Ross",None,"Your Voice")}),
 ("Alan Pike has launched a new party called Your Voice.", {("found","Pike",None,"Your Voice")}),
 ("Alan Pike has launched a new party.|It will be called Your Voice.", {("found","Pike",None,"Your Voice")}),
 ("Jane Ross has become the first MP to join Your Voice.", {("join","Ross",None,"Your Voice")}),
 ("Jane Ross has joined Your Voice, the party set up by Alan Pike last month.", {("join","Ross",None,"Your Voice")}),
 ("Jane Ross has joined the Your Voice party.", {("join","Ross",None,"Your Voice")}),
 ("Jane Ross is now a member of Advance Wessex.", set()),
 ("Jane Ross was elected as a Restore Albion councillor in May.", {("elect","Ross",None,"Restore Albion")}),
 ("Restore Albion has gained its first MP after Alan Pike defected from the Conservatives.", {("defect","Pike","Conservative Party","Restore Albion")}),
 ("Alan Pike has been unveiled as Restore Albion's newest MP.", {("join","Pike",None,"Restore Albion")}),
 ("Alan Pike, who defected to Restore Albion in June, has been suspended by the party.", {("defect","Pike",None,"Restore Albion"),("expel","Pike","Restore Albion",None)}),
 ("Alan Pike has joined the Independent Alliance, a group of five MPs.", {("join","Pike",None,"Independent Alliance")}),
 ("Alan Pike has left Restore Albion and rejoined the Conservatives.", {("leave","Pike","Restore Albion",None),("join","Pike",None,"Conservative Party")}),
]
exact('dp', CASES, '2022-09-07', lambda e: (e['type'], e['person'].split()[-1], e.get('from'), e.get('to')))
