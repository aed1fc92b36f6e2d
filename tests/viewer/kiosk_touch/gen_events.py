# Writes events.json for the kiosk_touch case: python3 gen_events.py (in this folder).
# A visitor's fingers, as a touch screen reports them: small steps, a frame apart.
import json, math
ev = []
def E(t, typ, **kw):
    d = {"t": round(t, 3), "type": typ}; d.update(kw); ev.append(d)
def snap(t, label): E(t, "command", name="kiosk_snapshot", label=label)
def r(v): return round(v, 1)
STEP = 0.02   # a touch screen reports every few ms: small steps, one per frame
E(0.3, "wait")
snap(0.5, "home")
# One finger pans 100 px to the right.
E(0.8, "touch_begin", id=1, x=560, y=300)
for k in range(1, 26): E(0.8 + STEP * k, "touch_move", id=1, x=560 + 4 * k, y=300)
E(1.4, "touch_end", id=1, x=660, y=300)
snap(1.6, "pan")
# Two fingers spread from 120 to 240 px apart: zoom in about their centre. A mouse click while
# they are down (what the X server's pointer emulation would send) must be ignored.
E(1.8, "touch_begin", id=2, x=500, y=270); E(1.8, "touch_begin", id=3, x=620, y=270)
for k in range(1, 16):
    t = 1.9 + STEP * k
    E(t, "touch_move", id=2, x=500 - 4 * k, y=270); E(t, "touch_move", id=3, x=620 + 4 * k, y=270)
E(2.05, "mouse_move", x=700, y=200); E(2.05, "mouse_down", x=700, y=200, button="left"); E(2.07, "mouse_up", x=700, y=200, button="left")
E(2.4, "touch_end", id=2, x=440, y=270); E(2.4, "touch_end", id=3, x=680, y=270)
snap(2.6, "pinch")
# Two fingers twist 40 degrees (clockwise on screen) about (560, 270).
E(2.8, "touch_begin", id=4, x=500, y=270); E(2.8, "touch_begin", id=5, x=620, y=270)
for k in range(1, 17):
    a = math.radians(2.5 * k); dx, dy = 60 * math.cos(a), 60 * math.sin(a); t = 2.9 + STEP * k
    E(t, "touch_move", id=4, x=r(560 - dx), y=r(270 - dy)); E(t, "touch_move", id=5, x=r(560 + dx), y=r(270 + dy))
E(3.4, "touch_end", id=4, x=r(560 - dx), y=r(270 - dy)); E(3.4, "touch_end", id=5, x=r(560 + dx), y=r(270 + dy))
snap(3.6, "twist")
# Two fingers dragged up together by 60 px: tilt.
E(3.8, "touch_begin", id=6, x=500, y=320); E(3.8, "touch_begin", id=7, x=620, y=320)
for k in range(1, 16):
    t = 3.9 + STEP * k
    E(t, "touch_move", id=6, x=500, y=320 - 4 * k); E(t, "touch_move", id=7, x=620, y=320 - 4 * k)
E(4.4, "touch_end", id=6, x=500, y=260); E(4.4, "touch_end", id=7, x=620, y=260)
snap(4.6, "tilt")
# A double tap: twice as close (a 0.5 s flight).
E(4.8, "touch_begin", id=8, x=560, y=250); E(4.85, "touch_end", id=8, x=560, y=250)
E(5.0, "touch_begin", id=9, x=562, y=252); E(5.05, "touch_end", id=9, x=562, y=252)
snap(5.8, "double_tap")
# Home, a sector, then a finger taps a park on the map (where its roof centre shows): its card.
E(6.0, "command", name="kiosk_button", id="home")
E(6.5, "command", name="kiosk_button", id="sector:digital")
E(9.2, "command", name="tap_roof", layer="parks", fid=5, id=10)
snap(9.5, "tap")
# A long press (2 s) in the top-left corner: the admin keypad; cancelled, the card stays.
E(9.7, "touch_begin", id=11, x=30, y=30)
E(11.9, "touch_end", id=11, x=30, y=30)
snap(12.0, "admin")
E(12.4, "command", name="kiosk_button", id="keypad_cancel")
E(12.7, "wait")
out = '{"window": [960, 540], "events": [\n' + ',\n'.join('  ' + json.dumps(e, ensure_ascii=False) for e in ev) + '\n]}\n'
open('events.json', 'w').write(out)
