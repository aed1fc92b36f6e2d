#pragma once
// This process's memory as Linux reports it (/proc/self/status): resident
// set now (VmRSS) and its peak (VmHWM), in KiB; -1 when unavailable.
namespace ps {

long residentKb();
long peakResidentKb();

}  // namespace ps
