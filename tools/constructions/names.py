import re

from common import exact
# names: each case: body, expected set of "type Fullname"
CASES = [
 ("Canadian Mark Dobbs has joined the Green Party.", {"join Mark Dobbs"}),
 ("Welsh Labour MS Ffion Rhys-Evans has quit the party.", {"leave Ffion Rhys-Evans"}),
 ("Councillor Oluwaseun Adeyemi has defected to Labour.", {"defect Oluwaseun Adeyemi"}),
 ("Cllr Priti Ramaswamy has been elected mayor.", {"elect Priti Ramaswamy"}),
 ("Dr Aoife Nic Giolla has resigned as leader.", {"resign Aoife Nic Giolla"}),
 ("Former Dennis Boys' High School teacher Sam Kerr was elected in 2015.", {"elect Sam Kerr"}),
 ("Zhang Wei has been appointed chief whip.", {"appoint Zhang Wei"}),
 ("Baroness Okafor-Lyle has quit the Conservatives.", {"leave Baroness Okafor-Lyle"}),
 ("Lord Hartington of Blyth has resigned as a minister.", {"resign Lord Hartington"}),
 ("Sir Kwabena Mensah was elected in 2010.", {"elect Kwabena Mensah"}),
 ("Tayo Ogundipe, 34, has been selected as the Labour candidate.", {"select Tayo Ogundipe"}),
 ("MP Siobhan McAllister-Kerr has defected to the SNP.", {"defect Siobhan McAllister-Kerr"}),
 ("Abdul-Rahman Chowdhury has been elected leader of the council.", {"elect Abdul-Rahman Chowdhury"}),
 ("The new leader is Marek Kowalczyk, who was elected on Saturday.", {"elect Marek Kowalczyk"}),
 ("Mr Kowalczyk was elected on Saturday.", {"elect Kowalczyk"}),
 ("Green councillor Rowan de Souza has resigned.", {"resign Rowan de Souza"}),
 ("Jo van der Berg quit Labour in March.", {"leave Jo van der Berg"}),
 ("Lib Dem Chioma Eze-Okoro has been elected.", {"elect Chioma Eze-Okoro"}),
 ("Labour's Tunde Bakare won the seat.", {"elect Tunde Bakare"}),
 ("Reform UK's Grant Thorsby was elected.", {"elect Grant Thorsby"}),
 ("Independent Hedda Sturluson was elected in Harrowfield.", {"elect Hedda Sturluson"}),
 ("Ms Nkechi Obi-Walker has been appointed housing minister.", {"appoint Nkechi Obi-Walker"}),
]
exact('dn', CASES, '2022-09-07', lambda e: f"{e['type']} {e['person']}", lambda s: {re.sub(r'^(\w+ )(Sir|Ms|Mr|Dr|Cllr) ', r'\1', x) for x in s})
