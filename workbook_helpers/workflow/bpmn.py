"""Export a step table as BPMN 2.0 XML that opens in bpmn.io, Camunda Modeler and other BPMN tools.

The process gets a pool (participant) with one lane per actor, a start event, one task per step in table order,
an end event and the sequence flows between them, plus the diagram (BPMNDI) so the tools can draw it.

>>> import pandas as pd
>>> xml = to_bpmn(pd.DataFrame({"step": ["Modtag", "Afgør"], "actor": ["Sekretær", "Leder"],
...                             "minutes": [5, 10], "per_year": [100, 100]}), name="Indskrivning")
>>> xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
True
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd

from workbook_helpers.formats import number
from workbook_helpers.workflow.schema import INPUT_TYPE_LABELS, clean_text, validate_steps

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI"
DC_NS = "http://www.omg.org/spec/DD/20100524/DC"
DI_NS = "http://www.omg.org/spec/DD/20100524/DI"
NAMESPACES = {"bpmn": BPMN_NS, "bpmndi": BPMNDI_NS, "dc": DC_NS, "di": DI_NS}

# Layout in BPMN diagram units (pixels in bpmn.io).
POOL_X, POOL_Y = 160, 80
POOL_LABEL = 30  # the vertical band with the pool's name
LANE_HEIGHT = 140
COLUMN = 160  # distance between two steps
TASK_W, TASK_H = 110, 80
EVENT = 36


def _q(prefix: str, tag: str) -> str:
    return f"{{{NAMESPACES[prefix]}}}{tag}"


def _sub(parent: ET.Element, prefix: str, tag: str, **attributes: str) -> ET.Element:
    return ET.SubElement(parent, _q(prefix, tag), {k: str(v) for k, v in attributes.items()})


def _documentation(step: pd.Series) -> str:
    parts = [
        f"{number(step['minutes'], 1 if not float(step['minutes']).is_integer() else 0)} min. pr. gang",
        f"{number(step['per_year'])} gange pr. år",
    ]
    if step["system"]:
        parts.append(f"system: {step['system']}")
    parts.append(f"input: {INPUT_TYPE_LABELS[step['input_type']].lower()}")
    if step["wait_hours"]:
        parts.append(f"ventetid før trinnet: {number(step['wait_hours'], 1)} timer")
    if step["error_rate"]:
        parts.append(f"fejl/omarbejde: {number(step['error_rate'] * 100, 1)} %")
    return "; ".join(parts)


def to_bpmn(steps: pd.DataFrame, name: str = "Arbejdsgang") -> str:
    """The workflow as a BPMN 2.0 XML document (a string, UTF-8 declared).

    Lanes follow the order in which the actors first appear. Each task carries the step's figures in its
    documentation. A step table that does not validate raises ``StepError`` in Danish.
    """
    table = validate_steps(steps)  # step, actor and system come out without control characters
    name = clean_text(name) or "Arbejdsgang"  # a title pasted from a file may hold characters XML cannot
    for prefix, uri in NAMESPACES.items():
        ET.register_namespace(prefix, uri)
    actors = list(dict.fromkeys(table["actor"]))
    lane_of = {actor: i for i, actor in enumerate(actors)}

    definitions = ET.Element(
        _q("bpmn", "definitions"),
        {
            "id": "Definitions_1",
            "targetNamespace": "http://bpmn.io/schema/bpmn",
            "exporter": "workbook_helpers",
            "exporterVersion": "1.0",
        },
    )
    collaboration = _sub(definitions, "bpmn", "collaboration", id="Collaboration_1")
    _sub(collaboration, "bpmn", "participant", id="Participant_1", name=name, processRef="Process_1")
    process = _sub(definitions, "bpmn", "process", id="Process_1", name=name, isExecutable="false")
    lane_set = _sub(process, "bpmn", "laneSet", id="LaneSet_1")
    lanes = [_sub(lane_set, "bpmn", "lane", id=f"Lane_{i + 1}", name=actor) for i, actor in enumerate(actors)]

    # Nodes in order: start, tasks, end; each with its lane.
    nodes: list[tuple[str, str, int]] = [("StartEvent_1", "startEvent", lane_of[table["actor"].iloc[0]])]
    nodes += [(f"Task_{i + 1}", "task", lane_of[actor]) for i, actor in enumerate(table["actor"])]
    nodes.append(("EndEvent_1", "endEvent", lane_of[table["actor"].iloc[-1]]))
    flows = [(f"Flow_{i + 1}", nodes[i][0], nodes[i + 1][0]) for i in range(len(nodes) - 1)]

    elements: dict[str, ET.Element] = {}
    for position, (node_id, kind, lane) in enumerate(nodes):
        attributes = {"id": node_id}
        if kind == "startEvent":
            attributes["name"] = "Start"
        elif kind == "endEvent":
            attributes["name"] = "Slut"
        else:
            attributes["name"] = table["step"].iloc[position - 1]
        element = _sub(process, "bpmn", kind, **attributes)
        if kind == "task":
            _sub(element, "bpmn", "documentation").text = _documentation(table.iloc[position - 1])
        elements[node_id] = element
        _sub(lanes[lane], "bpmn", "flowNodeRef").text = node_id
    for flow_id, source, target in flows:
        _sub(elements[source], "bpmn", "outgoing").text = flow_id
        _sub(elements[target], "bpmn", "incoming").text = flow_id
    for flow_id, source, target in flows:
        _sub(process, "bpmn", "sequenceFlow", id=flow_id, sourceRef=source, targetRef=target)

    _diagram(definitions, nodes, flows, actors)
    ET.indent(definitions, space="  ")
    body = ET.tostring(definitions, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _diagram(definitions: ET.Element, nodes: list[tuple[str, str, int]], flows: list, actors: list[str]) -> None:
    width = POOL_LABEL + COLUMN * len(nodes) + 40
    height = LANE_HEIGHT * len(actors)
    diagram = _sub(definitions, "bpmndi", "BPMNDiagram", id="BPMNDiagram_1")
    plane = _sub(diagram, "bpmndi", "BPMNPlane", id="BPMNPlane_1", bpmnElement="Collaboration_1")

    def shape(element_id: str, x: float, y: float, w: float, h: float, horizontal: bool = False) -> None:
        attributes = {"id": f"{element_id}_di", "bpmnElement": element_id}
        if horizontal:
            attributes["isHorizontal"] = "true"
        node = _sub(plane, "bpmndi", "BPMNShape", **attributes)
        _sub(node, "dc", "Bounds", x=round(x), y=round(y), width=round(w), height=round(h))

    shape("Participant_1", POOL_X, POOL_Y, width, height, horizontal=True)
    for i in range(len(actors)):
        shape(f"Lane_{i + 1}", POOL_X + POOL_LABEL, POOL_Y + i * LANE_HEIGHT, width - POOL_LABEL, LANE_HEIGHT, True)

    centres: dict[str, tuple[float, float, float]] = {}  # id -> (centre x, centre y, half width)
    for position, (node_id, kind, lane) in enumerate(nodes):
        cx = POOL_X + POOL_LABEL + 60 + position * COLUMN + TASK_W / 2
        cy = POOL_Y + lane * LANE_HEIGHT + LANE_HEIGHT / 2
        w, h = (TASK_W, TASK_H) if kind == "task" else (EVENT, EVENT)
        shape(node_id, cx - w / 2, cy - h / 2, w, h)
        centres[node_id] = (cx, cy, w / 2)

    for flow_id, source, target in flows:
        sx, sy, shalf = centres[source]
        tx, ty, thalf = centres[target]
        edge = _sub(plane, "bpmndi", "BPMNEdge", id=f"{flow_id}_di", bpmnElement=flow_id)
        points = [(sx + shalf, sy)]
        if sy != ty:  # change lane with a right-angled bend half-way
            middle = (sx + shalf + tx - thalf) / 2
            points += [(middle, sy), (middle, ty)]
        points.append((tx - thalf, ty))
        for x, y in points:
            _sub(edge, "di", "waypoint", x=round(x), y=round(y))


def save_bpmn(steps: pd.DataFrame, path: str | Path, name: str = "Arbejdsgang") -> Path:
    """Write the workflow to ``path`` as a .bpmn file and return the path.

    The XML is parsed back before it is written (it is always well-formed), and written to a temporary file that
    is moved into place, so a failed export leaves nothing half-written.
    """
    from workbook_helpers.workflow.files import write_atomic

    text = to_bpmn(steps, name=name)
    ET.fromstring(text.encode("utf-8"))  # well-formed, or an error before anything is written
    return write_atomic(Path(path), lambda tmp: tmp.write_text(text, encoding="utf-8"))
