// PBKDF2-HMAC-SHA256 through Nettle (nettle-dev, already a GnuTLS dependency).
#include "kiosk/pin.h"

#include <cstdint>
#include <vector>

#include <nettle/memops.h>
#include <nettle/pbkdf2.h>
#include <sys/random.h>

#include "core/error.h"

namespace ps::kiosk {

namespace {

std::vector<uint8_t> fromHex(const std::string& hex) {
  std::vector<uint8_t> out(hex.size() / 2);
  for (size_t i = 0; i < out.size(); ++i) out[i] = static_cast<uint8_t>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
  return out;
}

std::string toHex(const uint8_t* p, size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s += digits[p[i] >> 4];
    s += digits[p[i] & 15];
  }
  return s;
}

}  // namespace

std::string hashPin(const std::string& pin, const std::string& saltHex, unsigned iterations) {
  std::vector<uint8_t> salt = fromHex(saltHex);
  uint8_t out[32];
  pbkdf2_hmac_sha256(pin.size(), reinterpret_cast<const uint8_t*>(pin.data()), iterations, salt.size(), salt.data(),
                     sizeof out, out);
  return toHex(out, sizeof out);
}

AdminPin makeAdminPin(const std::string& pin, unsigned iterations) {
  if (pin.size() < 4 || pin.size() > 12 || pin.find_first_not_of("0123456789") != std::string::npos)
    throw Error("", "a PIN is 4 to 12 digits", "pin");
  uint8_t salt[16];
  if (getrandom(salt, sizeof salt, 0) != static_cast<ssize_t>(sizeof salt))
    throw Error("", "no random bytes for the salt (getrandom failed)", "pin");
  AdminPin a;
  a.saltHex = toHex(salt, sizeof salt);
  a.iterations = iterations;
  a.hashHex = hashPin(pin, a.saltHex, iterations);
  return a;
}

bool verifyPin(const AdminPin& stored, const std::string& pin) {
  if (stored.hashHex.size() != 64 || pin.empty() || pin.size() > 64) return false;
  std::string got = hashPin(pin, stored.saltHex, stored.iterations);
  return memeql_sec(got.data(), stored.hashHex.data(), got.size()) != 0;
}

}  // namespace ps::kiosk
