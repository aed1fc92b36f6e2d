# A visitor's fingers on the map, as a touch screen sends them: the replay's
# touch_* events are the InputEvent::Touch that the XInput 2.2 reader
# (viewer/touch_x11.cpp) makes, through the same kiosk path. Each gesture is
# checked on the camera it leaves (kiosk_snapshot): one finger pans, a spread
# zooms in about the fingers, a twist rotates, two fingers dragged up tilt, a
# double tap zooms in; a finger's tap on a park opens its card; a long press
# in a corner opens the admin keypad. A mouse click while two fingers are down
# (the X server's pointer emulation) changes nothing. events.json is written
# by gen_events.py.
set(labels "")
json_len(nsnap kiosk_snapshots)
math(EXPR last "${nsnap} - 1")
foreach(i RANGE ${last})
  json_get(l kiosk_snapshots ${i} label)
  list(APPEND labels "${l}")
endforeach()
string(JOIN "," seq ${labels})
expect_eq("snapshots" "${seq}" "home,pan,pinch,twist,tilt,double_tap,tap,admin")

# snap(<var> <index> <key...>): a snapshot's number, whole part.
macro(snap var i)
  json_get(_v kiosk_snapshots ${i} ${ARGN})
  string(REGEX REPLACE "\\..*" "" ${var} "${_v}")
endmacro()
foreach(i RANGE ${last})
  snap(dist${i} ${i} distance)
  snap(bear${i} ${i} bearing)
  snap(pitch${i} ${i} pitch)
  snap(x${i} ${i} target_local 0)
  snap(taps${i} ${i} taps)
  message("kiosk_touch ${i}: distance ${dist${i}} m, bearing ${bear${i}}, pitch ${pitch${i}}, x ${x${i}}, taps ${taps${i}}")
endforeach()

# Pan: 100 px to the right moves the view west (~28 km at 245 km away), nothing else.
math(EXPR moved "${x0} - ${x1}")
expect_true("one finger pans (centre moved west by ${moved} m)" moved GREATER 10000)
expect_eq("pan keeps the distance" "${dist1}" "${dist0}")
# Pinch: the fingers spread from 120 to 240 px apart: twice as close.
math(EXPR ratio "100 * ${dist1} / ${dist2}")
expect_true("pinch out zooms in x2 (${ratio} %)" ratio GREATER_EQUAL 195 AND ratio LESS_EQUAL 205)
expect_eq("the mouse click during the pinch did nothing (no tap)" "${taps2}" "0")
# Twist: 40 degrees clockwise.
expect_true("twist rotates 40 degrees (bearing ${bear3})" bear3 GREATER_EQUAL 38 AND bear3 LESS_EQUAL 42)
math(EXPR ratio "100 * ${dist3} / ${dist2}")
expect_true("twist keeps the distance (${ratio} %)" ratio GREATER_EQUAL 98 AND ratio LESS_EQUAL 102)
# Tilt: 60 px up, 0.25 degree a pixel; a tilt neither zooms nor rotates.
math(EXPR tilted "${pitch4} - ${pitch3}")
expect_true("two fingers up tilt by 15 degrees (${tilted})" tilted GREATER_EQUAL 14 AND tilted LESS_EQUAL 16)
expect_eq("tilt keeps the bearing" "${bear4}" "${bear3}")
expect_eq("tilt keeps the distance" "${dist4}" "${dist3}")
# Double tap: twice as close after its flight.
math(EXPR ratio "100 * ${dist4} / ${dist5}")
expect_true("double tap zooms in x2 (${ratio} %)" ratio GREATER_EQUAL 195 AND ratio LESS_EQUAL 205)
json_get(flying kiosk_snapshots 5 flying)
expect_eq("the double tap's flight is over" "${flying}" "OFF")
# Tap on a park on the map: its card, and it is selected.
json_get(card kiosk_snapshots 6 card)
json_get(cardLayer kiosk_snapshots 6 card_layer)
expect_eq("a finger's tap on the park opens its card" "${card}" "示例·高新南区人形机器人孵化加速园")
expect_eq("card of the parks layer" "${cardLayer}" "parks")
json_get(selected kiosk_snapshots 6 selected)
expect_eq("the park is selected" "${selected}" "1")
# Long press in the corner: the admin keypad (cancelled at the end).
json_get(admin kiosk_snapshots 7 admin)
expect_eq("long press in a corner opens the keypad" "${admin}" "ON")
json_get(adminEnd kiosk admin)
expect_eq("keypad cancelled" "${adminEnd}" "closed")
json_get(cardEnd kiosk card name)
expect_eq("the card stays" "${cardEnd}" "示例·高新南区人形机器人孵化加速园")

# The X11 reader opened under Xvfb (XInput 2.2, no touch device) and kept out of the replay's way.
json_get(input kiosk touch input)
expect_true("XInput 2.2 touch reader opened (${input})" input MATCHES "^xi2\\.2")
json_get(down kiosk touch fingers_down)
expect_eq("no finger left down" "${down}" "0")
json_get(nev kiosk touch events)
expect_true("every touch reached the kiosk (${nev})" nev GREATER 100)
json_len(nerrors kiosk errors)
expect_eq("no kiosk error" "${nerrors}" "0")
json_get(err last_error)
expect_eq("no error" "${err}" "")
