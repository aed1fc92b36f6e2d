<?xml version="1.0" encoding="utf-8" ?>
<ogr:FeatureCollection
     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
     xsi:schemaLocation="http://ogr.maptools.org/ parcels.xsd"
     xmlns:ogr="http://ogr.maptools.org/"
     xmlns:gml="http://www.opengis.net/gml">
  <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>30.55 104.06</gml:lowerCorner><gml:upperCorner>30.58 104.09</gml:upperCorner></gml:Envelope></gml:boundedBy>
                                                                                                                                                            
  <ogr:featureMember>
    <ogr:parcels gml:id="parcels.0">
      <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>30.55 104.06</gml:lowerCorner><gml:upperCorner>30.56 104.07</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:geometryProperty><gml:Polygon srsName="urn:ogc:def:crs:EPSG::4326"><gml:exterior><gml:LinearRing><gml:posList>30.55 104.06 30.55 104.07 30.56 104.07 30.56 104.06 30.55 104.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></ogr:geometryProperty>
      <ogr:id>1</ogr:id>
      <ogr:name>高新区A地块</ogr:name>
      <ogr:area>1234.5</ogr:area>
    </ogr:parcels>
  </ogr:featureMember>
  <ogr:featureMember>
    <ogr:parcels gml:id="parcels.1">
      <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>30.57 104.08</gml:lowerCorner><gml:upperCorner>30.58 104.09</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:geometryProperty><gml:Polygon srsName="urn:ogc:def:crs:EPSG::4326"><gml:exterior><gml:LinearRing><gml:posList>30.57 104.08 30.58 104.08 30.58 104.09 30.57 104.09 30.57 104.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></ogr:geometryProperty>
      <ogr:id>2</ogr:id>
      <ogr:name>Tianfu B</ogr:name>
      <ogr:area>99</ogr:area>
    </ogr:parcels>
  </ogr:featureMember>
</ogr:FeatureCollection>
