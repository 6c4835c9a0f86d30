import json, os, subprocess, sys, shutil
B = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'target', 'release', 'floorcross')
OUT = os.environ.get('CONSTRUCTIONS_OUT', '/tmp/constructions')
# each: sentence; expectation: any event for Pike must NOT be asserted (None = no event fine)
S = [
"Alan Pike is said to be considering a move to Reform UK.",
"Alan Pike is reported to have held talks with Reform UK.",
"Sources close to Alan Pike say he will defect to Reform UK.",
"Alan Pike could defect to Reform UK within days, allies say.",
"Alan Pike may join Reform UK.",
"Alan Pike might quit the Conservatives.",
"It is understood that Alan Pike will join Reform UK next week.",
"Alan Pike is tipped to join Reform UK.",
"Alan Pike is rumoured to be joining Reform UK.",
"Alan Pike has been linked with a move to Reform UK.",
"Alan Pike is believed to be on the verge of quitting Labour.",
"Alan Pike is thought to be weighing a defection to the Greens.",
"Alan Pike is considering quitting Labour.",
"Alan Pike has not ruled out a return to Labour.",
"Alan Pike would not say whether he would join Reform UK.",
"Alan Pike would not confirm that he had resigned.",
"Alan Pike refused to confirm reports that he had joined Reform UK.",
"Alan Pike laughed off suggestions that he would defect to Reform UK.",
"Alan Pike dismissed reports that he was about to quit the party.",
"Alan Pike denied reports that he had been sacked.",
"Alan Pike insisted he had no plans to quit the Conservatives.",
"Alan Pike said he would never join Reform UK.",
"Alan Pike has no intention of resigning.",
"Alan Pike said he had not resigned.",
"Alan Pike did not resign.",
"Alan Pike is not standing at the next election.",
"If Alan Pike resigns, a by-election will follow.",
"Should Alan Pike defect, the Conservatives would lose their majority.",
"Alan Pike would have resigned had he lost the vote.",
"Alan Pike threatened to resign if the policy went ahead.",
"Alan Pike offered to resign but the leader refused.",
"Alan Pike was urged to resign by colleagues.",
"Alan Pike faces calls to resign.",
"Alan Pike is facing the sack.",
"Alan Pike is fighting to save his job.",
"Alan Pike wants to be the next Labour leader.",
"Alan Pike hopes to be selected for Harrowfield.",
"Alan Pike is expected to be appointed chief whip.",
"Alan Pike is set to be named chief whip.",
"Alan Pike is in line to become chief whip.",
"Alan Pike is the favourite to succeed Jane Ross as leader.",
"Will Alan Pike defect to Reform UK?",
"Is Alan Pike about to quit the Conservatives?",
"Alan Pike, who is understood to be close to defecting, spoke on Monday.",
"Speculation is mounting that Alan Pike will quit the Conservatives.",
"There are rumours that Alan Pike will join Reform UK.",
"Reports suggest Alan Pike has joined Reform UK.",
"According to one report, Alan Pike has been sacked.",
"Alan Pike reportedly quit the Conservatives on Monday.",
"Alan Pike allegedly joined Reform UK in secret.",
"Alan Pike is said to have resigned.",
"Reform UK claimed that Alan Pike had joined the party, but he denied it.",
"Alan Pike, who was tipped to become leader, spoke on Monday.",
"Alan Pike is being lined up as chief whip.",
"Alan Pike was close to quitting the party last year.",
"Alan Pike came close to defecting to Reform UK.",
"Alan Pike nearly quit the Conservatives in 2019.",
"Alan Pike almost resigned over the vote.",
"Alan Pike was poised to resign before the leader intervened.",
"Alan Pike was on the point of resigning.",
"Alan Pike had planned to resign but changed his mind.",
"Alan Pike was due to be appointed chief whip, but the reshuffle was cancelled.",
"Alan Pike was asked whether he would resign.",
"Alan Pike was invited to join Reform UK.",
"Alan Pike has been offered the post of chief whip.",
"Alan Pike turned down the post of chief whip.",
"Alan Pike was rejected as a candidate by the party.",
"Alan Pike failed to become leader.",
"Alan Pike's bid to become leader failed.",
"Alan Pike lost his bid to become the Labour candidate.",
]
shutil.rmtree(f'{OUT}/dm', ignore_errors=True); os.makedirs(f'{OUT}/dm')
for i, body in enumerate(S):
    open(f'{OUT}/dm/c{i:03d}.txt', 'w').write(' date 2022-09-07 News\n\n' + body + '\n')
out = subprocess.run([B, 'extract', f'{OUT}/dm'], capture_output=True, text=True).stdout
got = {}
for l in out.splitlines():
    o = json.loads(l); got[o['doc']['id']] = [(e['type'], e['person'].split()[-1], e['modality']) for e in o['events']]
bad = 0
for i, body in enumerate(S):
    g = got.get(f'c{i:03d}', [])
    asserted = [e for e in g if e[2] == 'asserted' and e[1] == 'Pike']
    if asserted:
        bad += 1; print('LEAK', body, g)
print(f'{len(S)-bad}/{len(S)} never asserted')
