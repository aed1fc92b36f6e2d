#include "viewer/presenter_notes.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "viewer/story_session.h"

namespace ps::viewer {

PresenterNotes presenterNotes(const ViewerState& s) {
  PresenterNotes n;
  if (!s.story || !s.story->player || !s.story->presenting) return n;
  const StorySession& ss = *s.story;
  const story::Story& st = ss.player->story();
  if (st.steps.empty()) return n;
  const bool en = s.lang == Lang::En;
  const auto title = [&](const story::Step& step) {
    return en && !step.caption.titleEn.empty() ? step.caption.titleEn : step.caption.title;
  };
  const auto lines = [&](const story::Step& step) {
    return en && !step.caption.linesEn.empty() ? step.caption.linesEn : step.caption.lines;
  };
  n.valid = true;
  n.stepCount = static_cast<int>(st.steps.size());
  n.step = std::clamp(ss.step, 0, n.stepCount - 1);
  const story::Step& cur = st.steps[static_cast<size_t>(n.step)];
  n.title = title(cur);
  n.lines = lines(cur);
  n.notes = cur.notes;
  n.hasNext = n.step + 1 < n.stepCount;
  if (n.hasNext) {
    const story::Step& next = st.steps[static_cast<size_t>(n.step + 1)];
    n.nextTitle = title(next);
    const auto nl = lines(next);
    n.nextLine = nl.empty() ? std::string() : nl.front();
  }
  n.elapsed = std::max(0.0, s.now - ss.presentStart);
  n.stepElapsed = std::max(0.0, s.now - ss.stepStart);
  n.stepLength = ss.player->flyDuration(n.step) + ss.player->holdDuration(n.step);
  n.blank = ss.blank;
  return n;
}

std::vector<std::string> presenterFontTexts(const ViewerState& s) {
  std::vector<std::string> t;
  s.strings.forEachText([&](const std::string& x) { t.push_back(x); });
  t.emplace_back("0123456789:/ ()");
  if (!s.story || !s.story->player) return t;
  const story::Story& st = s.story->player->story();
  t.push_back(st.title);
  t.push_back(st.titleEn);
  for (const story::Step& step : st.steps) {
    for (const std::string* x : {&step.caption.title, &step.caption.titleEn, &step.notes}) t.push_back(*x);
    for (const auto* v : {&step.caption.lines, &step.caption.linesEn})
      for (const std::string& x : *v) t.push_back(x);
  }
  return t;
}

std::string presenterClock(double seconds) {
  const long t = std::lround(std::max(0.0, seconds));
  char buf[32];
  if (t >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, (t / 60) % 60, t % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", t / 60, t % 60);
  return buf;
}

}  // namespace ps::viewer
