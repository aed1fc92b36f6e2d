#include "scene/scene.h"
// STUB until the parser lands.
#include "core/error.h"
namespace ps {
std::string Scene::resolve(const std::string& p) const { return p; }
Scene loadScene(const std::string& path) { throw Error(path, "scene loading not implemented yet"); }
Scene parseScene(const std::string&, const std::string& path) { throw Error(path, "scene parsing not implemented yet"); }
void saveScene(const Scene&, const std::string& path) { throw Error(path, "scene saving not implemented yet"); }
const char* layerKindName(LayerKind) { return "?"; }
}  // namespace ps
