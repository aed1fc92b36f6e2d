#pragma once
// The kiosk's admin PIN: PBKDF2-HMAC-SHA256 with a random salt (Nettle), so a
// profile on an exhibition PC never holds the PIN itself.
#include <string>

#include "kiosk/profile.h"

namespace ps::kiosk {

// The hash of `pin` with `saltHex`, as 64 hex digits.
std::string hashPin(const std::string& pin, const std::string& saltHex, unsigned iterations);
// A fresh random salt (16 bytes, hex) and its hash: what `parkscape kiosk --hash-pin` prints.
AdminPin makeAdminPin(const std::string& pin, unsigned iterations = 100000);
// Constant-time comparison of the hash of `pin` with the stored one.
bool verifyPin(const AdminPin& stored, const std::string& pin);

}  // namespace ps::kiosk
