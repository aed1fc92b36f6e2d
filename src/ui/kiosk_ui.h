#pragma once
// The kiosk's screen (`parkscape kiosk`): no menus, panels or dialogs; a
// few large controls, the visitor's card, the idle countdown, the attract
// overlay and the admin keypad. Reads ViewerState::kiosk, changes it through
// viewer/kiosk_session.h. Handed to the viewer as ViewerOptions::drawUi.
#include <string>

#include "ui/ui_context.h"

namespace ps::ui {

void drawKioskUi(UiContext& ui);

// Parts, one file each.
void drawKioskControls(UiContext& ui);  // sectors, figures, bottom bar
void drawKioskCard(UiContext& ui);      // the tapped park or building
void drawKioskParkList(UiContext& ui);  // search by picking from a list
void drawKioskIdle(UiContext& ui);      // countdown and attract overlay
void drawKioskAdmin(UiContext& ui);     // keypad and admin panel

// A large button at least the profile's target size; remembers its rectangle
// (KioskSession::buttons) for the replay's kiosk_button command.
bool kioskButton(UiContext& ui, const std::string& id, const char* text, float w, float h, bool active = false);
// Window flags of every kiosk window: no title, no moving, no resizing.
int kioskWindowFlags();

}  // namespace ps::ui
